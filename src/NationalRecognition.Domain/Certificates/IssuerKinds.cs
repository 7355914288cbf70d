namespace NationalRecognition.Domain.Certificates;

public static class IssuerKinds
{
    /// <summary>The sub-clause of clause 10 that names this issuer kind, e.g. "10.4".</summary>
    public static string Clause(IssuerKind kind) => kind switch
    {
        IssuerKind.EducationOrganisation => "10.1",
        IssuerKind.AdditionalEducationOrEmployer => "10.2",
        IssuerKind.ElectronicLabourExchange => "10.3",
        IssuerKind.MoocPlatform => "10.4",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown issuer kind."),
    };

    /// <summary>The issuer kind a sub-kind belongs to.</summary>
    public static IssuerKind KindOf(IssuerSubKind subKind) => subKind switch
    {
        IssuerSubKind.TvetOrganisation
            or IssuerSubKind.PostSecondaryOrganisation
            or IssuerSubKind.HigherEducationOrganisation
            or IssuerSubKind.PostgraduateOrganisation => IssuerKind.EducationOrganisation,
        IssuerSubKind.AdditionalEducationOrganisation
            or IssuerSubKind.AdvancedTrainingOrRetrainingInstitute
            or IssuerSubKind.EmployerTrainingCentre
            or IssuerSubKind.EmployerWorkplace => IssuerKind.AdditionalEducationOrEmployer,
        _ => throw new ArgumentOutOfRangeException(nameof(subKind), subKind, "Unknown issuer sub-kind."),
    };

    /// <summary>Only 10.1 and 10.2 list several issuers; 10.3 and 10.4 name one kind each.</summary>
    public static bool RequiresSubKind(IssuerKind kind) =>
        kind is IssuerKind.EducationOrganisation or IssuerKind.AdditionalEducationOrEmployer;
}
