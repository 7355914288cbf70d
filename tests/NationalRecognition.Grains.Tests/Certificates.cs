using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Grains.Tests;

/// <summary>Certificates of each issuer kind of clause 10, and of professional qualification, for tests.</summary>
internal static class Certificates
{
    public static readonly DateOnly Issued = new(2025, 6, 20);

    /// <summary>An in-demand profession on the test cluster's list for 2025 (<see cref="Professions"/>).</summary>
    public const string DataAnalyst = "2511-0-07";

    public static AppendixEntryInfo Entry(string name = "Machine Learning", decimal? credits = 5m, decimal? hours = 150m, GradeInfo? grade = null) =>
        new(name, credits, hours, grade ?? new GradeInfo(GradeKind.Percent, 91m));

    public static CertificateInfo Mooc(string holderIin, string platform = "Coursera", params AppendixEntryInfo[] appendix) =>
        new(DocumentKind.NonFormalEducationCertificate, IssuerKind.MoocPlatform, null, platform, platform,
            Number(), Issued, "Aigerim Sultanova", holderIin, Appendix(appendix), $"https://verify.example/{Guid.NewGuid():N}");

    public static CertificateInfo EducationOrganisation(string holderIin, params AppendixEntryInfo[] appendix) =>
        new(DocumentKind.NonFormalEducationCertificate, IssuerKind.EducationOrganisation, IssuerSubKind.HigherEducationOrganisation,
            "Satbayev University", null, Number(), Issued, "Aigerim Sultanova", holderIin, Appendix(appendix));

    /// <summary>10.2, an employer's training centre with its licence for educational activity.</summary>
    public static CertificateInfo Employer(string holderIin, params AppendixEntryInfo[] appendix) =>
        new(DocumentKind.NonFormalEducationCertificate, IssuerKind.AdditionalEducationOrEmployer, IssuerSubKind.EmployerTrainingCentre,
            "KEGOC training centre", null, Number(), Issued, "Aigerim Sultanova", holderIin, Appendix(appendix),
            EducationalActivityRight: "KZ73LAA00031245");

    /// <summary>10.2, training at the employer's workplace at the employer's request.</summary>
    public static CertificateInfo EmployerWorkplace(string holderIin, params AppendixEntryInfo[] appendix) =>
        new(DocumentKind.NonFormalEducationCertificate, IssuerKind.AdditionalEducationOrEmployer, IssuerSubKind.EmployerWorkplace,
            "KEGOC, Almaty substation", null, Number(), Issued, "Aigerim Sultanova", holderIin, Appendix(appendix),
            EmployerRequestReference: "KEGOC-HR-2025/118");

    public static CertificateInfo LabourExchange(string holderIin, params AppendixEntryInfo[] appendix) =>
        new(DocumentKind.NonFormalEducationCertificate, IssuerKind.ElectronicLabourExchange, null,
            CertificateKeys.ExchangeIssuer, null, Number(), Issued, "Aigerim Sultanova", holderIin, Appendix(appendix),
            InDemandProfession: DataAnalyst, TrainingProvider: "Astana IT training centre");

    public static CertificateInfo ProfessionalQualification(string holderIin, int level = 4, DateOnly? validUntil = null) =>
        new(DocumentKind.ProfessionalQualificationCertificate, null, null, "Centre of professional qualifications, Almaty", null,
            Number(), Issued, "Aigerim Sultanova", holderIin, [],
            ProfessionalQualification: new ProfessionalQualificationInfo("2512-1-004", "Software developer", level,
                "Centre of professional qualifications, Almaty", "KZ-ACC-0042", validUntil ?? new DateOnly(2030, 6, 20)));

    private static List<AppendixEntryInfo> Appendix(AppendixEntryInfo[] appendix) => appendix.Length == 0 ? [Entry()] : [.. appendix];

    private static string Number() => $"CERT-{Guid.NewGuid():N}"[..17];
}
