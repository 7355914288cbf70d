namespace NationalRecognition.Domain.Identity;

/// <summary>The 5th digit of a BIN.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum BinEntityType
{
    ResidentLegalEntity = 4,
    NonResidentLegalEntity = 5,
    JointEntrepreneurship = 6,
}
