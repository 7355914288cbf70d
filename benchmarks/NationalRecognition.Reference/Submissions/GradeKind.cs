namespace NationalRecognition.Reference.Submissions;

/// <summary>The platform's GraphQL <c>GradeKind</c> (PERCENT, LETTER, POINTS, PASS_FAIL).</summary>
public enum GradeKind
{
    Percent,
    Letter,
    Points,
    PassFail,
}
