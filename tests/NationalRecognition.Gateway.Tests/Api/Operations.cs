using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>The documented example operations (docs/examples): the tests run exactly what the docs show.</summary>
public static class Operations
{
    public static string RegisterInstitution { get; } = Example("register-institution");
    public static string SetAcademicPeriod { get; } = Example("set-academic-period");
    public static string UpsertProgramme { get; } = Example("upsert-programme");
    public static string EstablishCommission { get; } = Example("establish-commission");
    public static string ReconstituteCommission { get; } = Example("reconstitute-commission");
    public static string CorrectCommissionMemberIdentities { get; } = Example("correct-commission-member-identities");
    public static string SubmitApplication { get; } = Example("submit-application");
    public static string StartReview { get; } = Example("start-review");
    public static string RecordComparison { get; } = Example("record-comparison");
    public static string DecideApplication { get; } = Example("decide-application");
    public static string WithdrawApplication { get; } = Example("withdraw-application");
    public static string RegisterVerifiedCertificate { get; } = Example("register-verified-certificate");
    public static string PublishInDemandProfessions { get; } = Example("publish-in-demand-professions");
    public static string InDemandProfessions { get; } = Example("in-demand-professions");
    public static string FeedCertificates { get; } = Example("feed-certificates");
    public static string Institution { get; } = Example("institution");
    public static string CommissionQueue { get; } = Example("commission-queue");
    public static string InstitutionApplications { get; } = Example("institution-applications");
    public static string Application { get; } = Example("application");
    public static string ApplicationTrail { get; } = Example("application-trail");
    public static string LearnerApplications { get; } = Example("learner-applications");
    public static string Certificate { get; } = Example("certificate");
    public static string ReferenceData { get; } = Example("reference-data");
    public static string AuditLog { get; } = Example("audit-log");
    public static string Platform { get; } = Example("platform");
    public static string NationalStatistics { get; } = Example("national-statistics");

    private static string Example(string name) => System.IO.File.ReadAllText(RepositoryPaths.File("docs", "examples", $"{name}.graphql"));
}
