namespace NationalRecognition.Grains.Projections;

/// <summary>Which applications a listing page covers: one Commission's or one institution's period, or one learner's applications.</summary>
public sealed record ListingFilter(string? CommissionId = null, string? InstitutionBin = null, string? PeriodId = null, string? LearnerKey = null)
{
    public static ListingFilter CommissionQueue(string commissionId, string periodId) => new(CommissionId: commissionId, PeriodId: periodId);

    public static ListingFilter InstitutionPeriod(string institutionBin, string periodId) => new(InstitutionBin: institutionBin, PeriodId: periodId);

    public static ListingFilter Learner(string learnerKey) => new(LearnerKey: learnerKey);
}
