namespace NationalRecognition.Domain.Certificates;

/// <summary>The MOOC platforms named in clause 10.4; no other platform's certificate is a confirming document.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum MoocPlatform
{
    Coursera = 0,
    EdX = 1,
    FutureLearn = 2,
    Udacity = 3,
}
