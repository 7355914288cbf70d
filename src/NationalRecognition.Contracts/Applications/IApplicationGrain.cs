using NationalRecognition.Contracts.Common;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// One application, keyed by <see cref="ApplicationIds.FromIdempotencyKey"/>. A command answers once its change
/// and its event are committed together; the listings follow from the event log. Commands after the submission
/// take the version the client saw (<c>expectedVersion</c>): a retry of the same command at that version gets the
/// same answer, and a command on a version that has moved on is a CONFLICT.
/// </summary>
[Alias("nr.IApplicationGrain")]
public interface IApplicationGrain : IGrainWithGuidKey
{
    [Alias("Submit")]
    Task<ApplicationInfo> Submit(SubmitApplication command, Actor actor);

    [Alias("StartReview")]
    Task<ApplicationInfo> StartReview(Actor actor, int? expectedVersion = null);

    [Alias("RecordComparison")]
    Task<ApplicationInfo> RecordComparison(ComparisonAssessment comparison, Actor actor, int? expectedVersion = null);

    [Alias("Decide")]
    Task<ApplicationInfo> Decide(DecideApplication command, Actor actor, int? expectedVersion = null);

    [Alias("Withdraw")]
    Task<ApplicationInfo> Withdraw(string reason, Actor actor, int? expectedVersion = null);

    [Alias("Get"), ReadOnly]
    Task<ApplicationInfo?> Get(Actor actor);

    /// <summary>The application's events, oldest first, read from the log.</summary>
    [Alias("GetAuditTrail"), ReadOnly]
    Task<IReadOnlyList<AuditTrailEntry>> GetAuditTrail(Actor actor);
}
