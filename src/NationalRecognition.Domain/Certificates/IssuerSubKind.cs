namespace NationalRecognition.Domain.Certificates;

/// <summary>The issuers listed inside clauses 10.1 and 10.2.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum IssuerSubKind
{
    // 10.1
    TvetOrganisation = 0,
    PostSecondaryOrganisation = 1,
    HigherEducationOrganisation = 2,
    PostgraduateOrganisation = 3,

    // 10.2
    AdditionalEducationOrganisation = 4,
    AdvancedTrainingOrRetrainingInstitute = 5,
    EmployerTrainingCentre = 6,
    EmployerWorkplace = 7,
}
