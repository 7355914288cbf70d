namespace NationalRecognition.Domain.Certificates;

/// <summary>The issuers listed inside clauses 10.1 and 10.2.</summary>
public enum IssuerSubKind
{
    // 10.1
    TvetOrganisation,
    PostSecondaryOrganisation,
    HigherEducationOrganisation,
    PostgraduateOrganisation,

    // 10.2
    AdditionalEducationOrganisation,
    AdvancedTrainingOrRetrainingInstitute,
    EmployerTrainingCentre,
    EmployerWorkplace,
}
