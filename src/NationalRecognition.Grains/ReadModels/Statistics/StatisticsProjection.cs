using NationalRecognition.Contracts.Audit;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// National statistics: exact counters per combination of the breakdown dimensions, so that reading any figure
/// sums aggregate rows and never scans applications. The events say what changed; <see cref="StatisticsLedger"/>
/// knows each application's previous status and its dimensions, and turns the changes into counter deltas.
/// </summary>
public sealed class StatisticsProjection : IProjection
{
    public const string ProjectionName = "statistics";

    /// <summary>The clause of refusals recorded before the log kept clauses (CommandRefused schema 1).</summary>
    public const string UnrecordedClause = "unrecorded";

    /// <summary>The clause of refusals that cite none (malformed input, an unknown programme).</summary>
    public const string NoClause = "none";

    private const string SubmitAction = "IApplicationGrain.Submit";

    public string Name => ProjectionName;

    public IEnumerable<ReadModelChange> Project(RecordedEvent recorded)
    {
        StatisticsChange? change = EventCatalogue.Read(recorded) switch
        {
            InstitutionRegistered registered => new InstitutionDescribed(registered.Bin, registered.Kinds, registered.Region, registered.Ministries),
            AcademicPeriodSet period when recorded.InstitutionBin is { } bin => new PeriodDescribed(bin, period.Period.Id, period.Period.StartDate),
            ApplicationSubmitted submitted => Opened(submitted.Summary, submitted.ProgrammeLevel, submitted.Platforms, submitted.Professions),
            ApplicationSubmittedV1 submitted => Opened(submitted.Summary, submitted.ProgrammeLevel, [], []),
            ApplicationReviewStarted started => Moved(started),
            ApplicationWithdrawn withdrawn => Moved(withdrawn),
            ApplicationWithdrawnV1 withdrawn => Moved(withdrawn),
            ApplicationDecided decided => new ApplicationMoved(
                decided.Summary.Id, decided.Summary.Version, decided.Summary.Status, decided.Summary.UpdatedAt,
                decided.Units.Count(u => u.Recognised), decided.Units.Count(u => !u.Recognised), decided.Units.Where(u => u.Recognised).Sum(u => u.Credits)),
            CommandRefused { Action: SubmitAction, Outcome: AuditOutcome.Refused } refused =>
                new SubmissionRefused(refused.AddressedInstitutionBin, refused.Clause ?? NoClause, recorded.OccurredAt, RecordIdOf(recorded)),
            CommandRefusedV1 { Action: SubmitAction, Outcome: AuditOutcome.Refused } => new SubmissionRefused(null, UnrecordedClause, recorded.OccurredAt, RecordIdOf(recorded)),

            // Schemas 2 and 3 are a refusal's only record; schema 1 was written beside a CommandRefused, counted above.
            SubmissionRefusedAtDoor refused => new SubmissionRefused(refused.InstitutionBin, refused.Clause ?? NoClause, recorded.OccurredAt, RecordIdOf(recorded)),
            SubmissionRefusedAtDoorV2 refused => new SubmissionRefused(refused.InstitutionBin, refused.Clause ?? NoClause, recorded.OccurredAt, RecordIdOf(recorded)),
            _ => null,
        };
        if (change is not null)
        {
            yield return change;
        }
    }

    private static string RecordIdOf(RecordedEvent recorded) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{recorded.Position.TransactionId}/{recorded.Position.Position}");

    private static ApplicationOpened Opened(
        ApplicationSnapshot summary, Domain.Institutions.InstitutionKind level,
        IReadOnlyList<Domain.Certificates.MoocPlatform> platforms, IReadOnlyList<string> professions) =>
        new(summary.Id, summary.Version, summary.Status, summary.InstitutionBin, summary.AcademicPeriodId, level, summary.SubmittedAt,
            summary.IssuerKinds, platforms, professions);

    private static ApplicationMoved Moved(IApplicationEvent @event) =>
        new(@event.Summary.Id, @event.Summary.Version, @event.Summary.Status, @event.Summary.UpdatedAt, 0, 0, 0m);
}
