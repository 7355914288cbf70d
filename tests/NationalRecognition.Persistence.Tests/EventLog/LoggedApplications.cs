using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests.EventLog;

/// <summary>Applications written straight to the event store, as the application grain writes them: one state row and one event per command.</summary>
internal sealed class LoggedApplications(IEventStore store, string institutionBin)
{
    private static readonly Actor Learner = new("learner-subject", ActorRole.Learner);
    private readonly Dictionary<Guid, int> _versions = [];
    private readonly Dictionary<Guid, (string Iin, DateTimeOffset SubmittedAt)> _submissions = [];

    private static readonly DateTimeOffset Submitted = new(2026, 8, 1, 9, 0, 0, TimeSpan.Zero);

    public IReadOnlyDictionary<Guid, int> Versions => _versions;

    public async Task<Guid> SubmitAsync()
    {
        var id = Guid.NewGuid();
        await WriteAsync(id, ApplicationStatus.Submitted, summary => new ApplicationSubmitted(summary, "2025", InstitutionKind.Higher, 1, [], []));
        return id;
    }

    public Task StartReviewAsync(Guid id) => WriteAsync(id, ApplicationStatus.UnderReview, summary => new ApplicationReviewStarted(summary));

    private async Task WriteAsync(Guid id, ApplicationStatus status, Func<ApplicationSnapshot, IPlatformEvent> raise)
    {
        var known = _versions.TryGetValue(id, out var version);
        if (!_submissions.TryGetValue(id, out var submission))
        {
            submission = _submissions[id] = (TestIdentities.NewIin(), Submitted.AddMinutes(_submissions.Count));
        }

        var summary = new ApplicationSnapshot(
            id, version + 1, status, submission.Iin, institutionBin, $"{institutionBin}/main", "6B01", "2026-autumn",
            submission.SubmittedAt, submission.SubmittedAt.AddMinutes(version),
            [IssuerKind.MoocPlatform], 2, 0, 0m);
        var pending = EventCatalogue.Pending(raise(summary), Learner, institutionBin, DateTimeOffset.UtcNow);
        await store.WriteAsync(new StateKey("application", id.ToString("N")), known ? version : null, new byte[] { 1 }, [pending], CancellationToken.None);
        _versions[id] = version + 1;
    }
}
