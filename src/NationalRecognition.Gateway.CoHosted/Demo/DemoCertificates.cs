using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// One certificate of each kind the Rules accept (clause 10.1–10.4 and professional qualification). Numbers
/// and dates are fixed, so a certificate supplied again is the same certificate, not a second one.
/// </summary>
internal static class DemoCertificates
{
    /// <summary>10.2, an employer's training centre with its licence for educational activity; Aigerim's, for Databases at the university.</summary>
    public static CertificateInfo EmployerTraining { get; } = new(
        DocumentKind.NonFormalEducationCertificate, IssuerKind.AdditionalEducationOrEmployer, IssuerSubKind.EmployerTrainingCentre,
        "Steppe Telecom corporate training centre", null, "STC-2025-0312", new DateOnly(2025, 5, 30),
        "Aigerim Sultanova", DemoData.AigerimIin,
        [new AppendixEntryInfo("Relational databases and SQL", null, 150m, new GradeInfo(GradeKind.Percent, 88m))],
        EducationalActivityRight: "KZ73LAA00031245");

    /// <summary>10.3, from the electronic labour exchange's feed: held in the registry, attached by its key.</summary>
    public static CertificateInfo LabourExchange { get; } = new(
        DocumentKind.NonFormalEducationCertificate, IssuerKind.ElectronicLabourExchange, null,
        "Enbek.kz electronic labour exchange", null, "ENB-2025-004217", new DateOnly(2025, 3, 14),
        "Yerlan Bekov", DemoData.YerlanIin,
        [new AppendixEntryInfo("Software testing fundamentals", null, 96m, new GradeInfo(GradeKind.Percent, 85m))],
        InDemandProfession: DemoData.SoftwareTesterProfession, TrainingProvider: "Astana IT training centre");

    /// <summary>10.4, Coursera; Aruzhan's, for Machine learning at the university.</summary>
    public static CertificateInfo Coursera { get; } = new(
        DocumentKind.NonFormalEducationCertificate, IssuerKind.MoocPlatform, null,
        "Coursera", "Coursera", "7Q4M2XK9PLRT", new DateOnly(2025, 4, 18),
        "Aruzhan Tulegenova", DemoData.AruzhanIin,
        [new AppendixEntryInfo("Machine Learning", null, 160m, new GradeInfo(GradeKind.Percent, 94m))],
        VerificationUrl: "https://coursera.org/verify/7Q4M2XK9PLRT");

    /// <summary>10.4, edX, two courses; Daniyar's, for two disciplines at the postgraduate institute.</summary>
    public static CertificateInfo EdXDataScience { get; } = new(
        DocumentKind.NonFormalEducationCertificate, IssuerKind.MoocPlatform, null,
        "edX", "edX", "3f9a1c77b2e04d1a", new DateOnly(2025, 6, 2),
        "Daniyar Nurpeisov", DemoData.DaniyarIin,
        [
            new AppendixEntryInfo("Statistical Learning", null, 190m, new GradeInfo(GradeKind.Letter, Letter: "A")),
            new AppendixEntryInfo("Big Data with Apache Spark", null, 60m, new GradeInfo(GradeKind.Percent, 71m)),
        ],
        VerificationUrl: "https://courses.edx.org/certificates/3f9a1c77b2e04d1a");

    /// <summary>10.4, edX; Saule's, withdrawn before the Commission met.</summary>
    public static CertificateInfo EdXSoftwareEngineering { get; } = new(
        DocumentKind.NonFormalEducationCertificate, IssuerKind.MoocPlatform, null,
        "edX", "edX", "9b21e4c05d7f4a88", new DateOnly(2025, 2, 21),
        "Saule Ibraimova", DemoData.SauleIin,
        [new AppendixEntryInfo("Software Engineering: Introduction", null, 120m, new GradeInfo(GradeKind.Percent, 90m))],
        VerificationUrl: "https://courses.edx.org/certificates/9b21e4c05d7f4a88");

    /// <summary>10.1, another university's continuing-education course; Madina's, refused for Research methods.</summary>
    public static CertificateInfo EducationOrganisation { get; } = new(
        DocumentKind.NonFormalEducationCertificate, IssuerKind.EducationOrganisation, IssuerSubKind.HigherEducationOrganisation,
        "Karaganda Polytechnic University", null, "KPU-CE-2025-0418", new DateOnly(2025, 4, 30),
        "Madina Akhmetova", DemoData.MadinaIin,
        [new AppendixEntryInfo("Academic writing in English", 2m, null, new GradeInfo(GradeKind.Points, 79m, 100m))]);

    /// <summary>A certificate of professional qualification, level 4; Timur's, for the level-4 module at the college.</summary>
    public static CertificateInfo ProfessionalQualification { get; } = new(
        DocumentKind.ProfessionalQualificationCertificate, null, null,
        "Shymkent centre for the recognition of professional qualifications", null, "PQ-2025-11873", new DateOnly(2025, 7, 10),
        "Timur Kassymov", DemoData.TimurIin, [],
        ProfessionalQualification: new ProfessionalQualificationInfo(
            "2514-1-002", "Software developer", 4,
            "Shymkent centre for the recognition of professional qualifications", "KZ-ACC-0117", new DateOnly(2030, 6, 30)));
}
