using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// One application, keyed by <see cref="ApplicationIds.FromIdempotencyKey"/>. Every change is persisted with
/// its audit entry before the call returns, then reaches the listings through the application's outbox.
/// </summary>
[Alias("nr.IApplicationGrain")]
public interface IApplicationGrain : IGrainWithGuidKey
{
    [Alias("Submit")]
    Task<ApplicationInfo> Submit(SubmitApplication command, Actor actor);

    [Alias("StartReview")]
    Task<ApplicationInfo> StartReview(Actor actor);

    [Alias("RecordComparison")]
    Task<ApplicationInfo> RecordComparison(ComparisonAssessment comparison, Actor actor);

    [Alias("Decide")]
    Task<ApplicationInfo> Decide(DecideApplication command, Actor actor);

    [Alias("Withdraw")]
    Task<ApplicationInfo> Withdraw(string reason, Actor actor);

    [Alias("Get")]
    Task<ApplicationInfo?> Get(Actor actor);

    [Alias("GetAuditTrail")]
    Task<IReadOnlyList<AuditEntry>> GetAuditTrail(Actor actor);

    /// <summary>Delivers any undelivered summary to the listings (also driven by a reminder).</summary>
    [Alias("DeliverOutbox")]
    Task DeliverOutbox();
}
