namespace NationalRecognition.Domain.Grading;

/// <summary>The letters of the point-rating scale, best first.</summary>
public enum Letter
{
    A,
    AMinus,
    BPlus,
    B,
    BMinus,
    CPlus,
    C,
    CMinus,
    DPlus,
    D,
    FX,
    F,
}
