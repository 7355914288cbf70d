using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Folds statistics changes, in log order, into counter deltas per aggregate row. It needs the facts of the
/// applications and the dimensions of the institutions and periods the changes touch: a store loads those into
/// <see cref="Applications"/>, <see cref="Institutions"/> and <see cref="Periods"/> before a batch (or keeps them
/// all, in memory), folds, then writes what changed and adds <see cref="Deltas"/> to its rows. The same fold over
/// the whole log from an empty ledger is the reconciliation's recount.
/// </summary>
public sealed class StatisticsLedger
{
    public Dictionary<Guid, ApplicationFacts> Applications { get; } = [];

    public Dictionary<string, InstitutionDimension> Institutions { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Bin, string PeriodId), DateOnly> Periods { get; } = [];

    public Dictionary<StatisticsRowKey, StatisticsCounts> Deltas { get; } = [];

    public HashSet<Guid> ChangedApplications { get; } = [];

    public HashSet<string> ChangedInstitutions { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Bin, string PeriodId)> ChangedPeriods { get; } = [];

    /// <summary>The academic year a period belongs to, by the year it starts in: from August on, the year that starts 1 September.</summary>
    public static int AcademicYearOf(DateOnly periodStart) => periodStart.Month >= 8 ? periodStart.Year : periodStart.Year - 1;

    /// <summary>The first day of the month an instant falls in, in Kazakhstan's time.</summary>
    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var date = KazakhstanTime.DateOf(instant);
        return new DateOnly(date.Year, date.Month, 1);
    }

    public void Apply(StatisticsChange change)
    {
        switch (change)
        {
            case InstitutionDescribed described:
                Institutions[described.Bin] = new InstitutionDimension(described.Bin, described.Kinds, described.Region, described.Ministries);
                ChangedInstitutions.Add(described.Bin);
                break;
            case PeriodDescribed period:
                Periods[(period.Bin, period.PeriodId)] = period.StartDate;
                ChangedPeriods.Add((period.Bin, period.PeriodId));
                break;
            case ApplicationOpened opened:
                Open(opened);
                break;
            case ApplicationMoved moved:
                Move(moved);
                break;
            case SubmissionRefused refused:
                Refuse(refused);
                break;
            default:
                throw new InvalidOperationException($"Unknown statistics change {change.GetType().Name}.");
        }
    }

    /// <summary>The deltas so far, and a clean slate for the next batch.</summary>
    public Dictionary<StatisticsRowKey, StatisticsCounts> TakeDeltas()
    {
        var taken = Deltas.Where(d => !d.Value.IsZero).ToDictionary(d => d.Key, d => d.Value);
        Deltas.Clear();
        ChangedApplications.Clear();
        ChangedInstitutions.Clear();
        ChangedPeriods.Clear();
        return taken;
    }

    private void Open(ApplicationOpened opened)
    {
        if (Applications.ContainsKey(opened.ApplicationId))
        {
            return;
        }

        var institution = Institutions.GetValueOrDefault(opened.Bin);
        int? year = Periods.TryGetValue((opened.Bin, opened.PeriodId), out var start) ? AcademicYearOf(start) : null;
        var key = new StatisticsGroup(
            InstitutionKinds.MinistryOf(opened.ProgrammeLevel), institution?.Region, institution?.PrincipalKind, opened.Bin,
            opened.ProgrammeLevel, year, opened.PeriodId, MonthOf(opened.SubmittedAt));
        var facets = new List<(StatisticsFacet, string)> { (StatisticsFacet.All, string.Empty) };
        facets.AddRange(opened.IssuerKinds.Distinct().Order().Select(k => (StatisticsFacet.IssuerKind, k.ToString())));
        facets.AddRange(opened.Platforms.Distinct().Order().Select(p => (StatisticsFacet.MoocPlatform, p.ToString())));
        facets.AddRange(opened.Professions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(p => (StatisticsFacet.Profession, p)));
        var facts = new ApplicationFacts(opened.ApplicationId, opened.Version, opened.Status, opened.SubmittedAt, key, facets);
        Applications[opened.ApplicationId] = facts;
        ChangedApplications.Add(opened.ApplicationId);
        AddToEachFacet(facts, key, Status(opened.Status, +1));
    }

    private void Move(ApplicationMoved moved)
    {
        // Unknown (its submission predates what this ledger was given) or already applied: nothing to move.
        if (!Applications.TryGetValue(moved.ApplicationId, out var facts) || moved.Version <= facts.Version)
        {
            return;
        }

        if (facts.Status != moved.Status)
        {
            AddToEachFacet(facts, facts.Key, Status(facts.Status, -1).Add(Status(moved.Status, +1)));
        }

        if (ApplicationLifecycle.IsDecision(moved.Status) && !ApplicationLifecycle.IsDecision(facts.Status))
        {
            var hours = new long[DecisionTimeBuckets.Count];
            hours[DecisionTimeBuckets.IndexOf(moved.At - facts.SubmittedAt)] = 1;
            var decision = StatisticsCounts.Zero with
            {
                DecisionsRecognised = moved.Status == ApplicationStatus.Recognised ? 1 : 0,
                DecisionsPartlyRecognised = moved.Status == ApplicationStatus.PartlyRecognised ? 1 : 0,
                DecisionsNotRecognised = moved.Status == ApplicationStatus.NotRecognised ? 1 : 0,
                UnitsRecognised = moved.UnitsRecognised,
                UnitsRefused = moved.UnitsRefused,
                CreditsRecognised = moved.CreditsRecognised,
                DecisionHours = hours,
            };
            AddToEachFacet(facts, facts.Key with { Month = MonthOf(moved.At) }, decision);
        }

        Applications[moved.ApplicationId] = facts with { Version = moved.Version, Status = moved.Status };
        ChangedApplications.Add(moved.ApplicationId);
    }

    private void Refuse(SubmissionRefused refused)
    {
        // Only a registered institution names the row: the BIN of a refused command is whatever the caller sent.
        var institution = refused.AddressedBin is { } bin ? Institutions.GetValueOrDefault(bin) : null;
        var key = new StatisticsGroup(
            institution?.PrincipalMinistry, institution?.Region, institution?.PrincipalKind, institution?.Bin,
            Month: MonthOf(refused.At), FacetValue: refused.Clause);
        Add(new StatisticsRowKey(StatisticsFacet.RefusalClause, key), StatisticsCounts.Zero with { Refusals = 1 });
    }

    private void AddToEachFacet(ApplicationFacts facts, StatisticsGroup key, StatisticsCounts delta)
    {
        foreach (var (facet, value) in facts.Facets)
        {
            Add(new StatisticsRowKey(facet, key with { FacetValue = value }), delta);
        }
    }

    private void Add(StatisticsRowKey key, StatisticsCounts delta) =>
        Deltas[key] = Deltas.TryGetValue(key, out var known) ? known.Add(delta) : delta;

    private static StatisticsCounts Status(ApplicationStatus status, int by)
    {
        var counts = new long[StatisticsCounts.StatusCount];
        counts[(int)status] = by;
        return StatisticsCounts.Zero with { ApplicationsByStatus = counts };
    }
}
