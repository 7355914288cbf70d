namespace NationalRecognition.Domain.Grading;

/// <summary>The traditional 5/4/3/2 mark colleges often keep beside the letter.</summary>
public enum TraditionalMark
{
    Unsatisfactory = 2,
    Satisfactory = 3,
    Good = 4,
    Excellent = 5,
}
