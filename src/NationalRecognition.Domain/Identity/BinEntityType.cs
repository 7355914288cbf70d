namespace NationalRecognition.Domain.Identity;

/// <summary>The 5th digit of a BIN.</summary>
public enum BinEntityType
{
    ResidentLegalEntity = 4,
    NonResidentLegalEntity = 5,
    JointEntrepreneurship = 6,
}
