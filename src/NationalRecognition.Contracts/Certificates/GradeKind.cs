namespace NationalRecognition.Contracts.Certificates;

public enum GradeKind
{
    Percent,
    Letter,
    Points,
    PassFail,
}
