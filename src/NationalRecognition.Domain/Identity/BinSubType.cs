namespace NationalRecognition.Domain.Identity;

/// <summary>The 6th digit of a BIN.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum BinSubType
{
    HeadOrganisation = 0,
    Branch = 1,
    RepresentativeOffice = 2,
    PeasantFarmInJointEntrepreneurship = 3,
}
