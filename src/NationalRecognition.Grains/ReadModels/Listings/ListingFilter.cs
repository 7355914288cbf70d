using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Listings;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>Which applications a listing page covers: one Commission's or one institution's period, or one learner's applications.</summary>
public sealed record ListingFilter(string? CommissionId = null, string? InstitutionBin = null, string? PeriodId = null, string? LearnerKey = null)
{
    public static ListingFilter CommissionQueue(string commissionId, string periodId) => new(CommissionId: commissionId, PeriodId: periodId);

    public static ListingFilter InstitutionPeriod(string institutionBin, string periodId) => new(InstitutionBin: institutionBin, PeriodId: periodId);

    public static ListingFilter Learner(string learnerKey) => new(LearnerKey: learnerKey);

    public bool Matches(ApplicationSummary summary) =>
        (CommissionId is null || CommissionId == summary.CommissionId)
        && (InstitutionBin is null || InstitutionBin == summary.InstitutionBin)
        && (PeriodId is null || PeriodId == summary.AcademicPeriodId)
        && (LearnerKey is null || LearnerKey == LearnerKeys.For(summary.LearnerIin));
}
