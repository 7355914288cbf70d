namespace NationalRecognition.Domain.Identity;

/// <summary>The 6th digit of a BIN.</summary>
public enum BinSubType
{
    HeadOrganisation = 0,
    Branch = 1,
    RepresentativeOffice = 2,
    PeasantFarmInJointEntrepreneurship = 3,
}
