namespace NationalRecognition.Domain.Grading;

/// <summary>The traditional 5/4/3/2 mark colleges often keep beside the letter.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum TraditionalMark
{
    Unsatisfactory = 2,
    Satisfactory = 3,
    Good = 4,
    Excellent = 5,
}
