namespace NationalRecognition.Domain.Certificates;

/// <summary>The MOOC platforms named in clause 10.4; no other platform's certificate is a confirming document.</summary>
public enum MoocPlatform
{
    Coursera,
    EdX,
    FutureLearn,
    Udacity,
}
