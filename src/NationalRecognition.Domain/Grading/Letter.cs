namespace NationalRecognition.Domain.Grading;

/// <summary>The letters of the point-rating scale, best first.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum Letter
{
    A = 0,
    AMinus = 1,
    BPlus = 2,
    B = 3,
    BMinus = 4,
    CPlus = 5,
    C = 6,
    CMinus = 7,
    DPlus = 8,
    D = 9,
    FX = 10,
    F = 11,
}
