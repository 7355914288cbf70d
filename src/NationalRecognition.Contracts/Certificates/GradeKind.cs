namespace NationalRecognition.Contracts.Certificates;

/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum GradeKind
{
    Percent = 0,
    Letter = 1,
    Points = 2,
    PassFail = 3,
}
