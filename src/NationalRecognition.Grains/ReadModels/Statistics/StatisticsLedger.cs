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
/// the whole log from an empty ledger is the reconciliation's recount. Beside each count it adds the record keys of
/// what it counts (<see cref="KeyDeltas"/>, <see cref="CellKeyMeasures"/>), so every row knows its cell keys.
/// </summary>
public sealed class StatisticsLedger(RecordKeys keys)
{
    public Dictionary<Guid, ApplicationFacts> Applications { get; } = [];

    public Dictionary<string, InstitutionDimension> Institutions { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Bin, string PeriodId), DateOnly> Periods { get; } = [];

    public Dictionary<StatisticsRowKey, StatisticsCounts> Deltas { get; } = [];

    /// <summary>Per row, what the batch adds to each measure's cell-key sum (<see cref="CellKeyMeasures"/> order).</summary>
    public Dictionary<StatisticsRowKey, long[]> KeyDeltas { get; } = [];

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
    public Dictionary<StatisticsRowKey, StatisticsCounts> TakeDeltas() => TakeRows().ToDictionary(r => r.Key, r => r.Value.Counts);

    /// <summary>The deltas so far with their cell-key deltas, and a clean slate for the next batch.</summary>
    public Dictionary<StatisticsRowKey, StatisticsRowDelta> TakeRows()
    {
        var taken = Deltas
            .Select(d => KeyValuePair.Create(d.Key, new StatisticsRowDelta(d.Value, KeyDeltas.GetValueOrDefault(d.Key) ?? CellKeyMeasures.Zero())))
            .Where(d => !d.Value.IsZero)
            .ToDictionary(d => d.Key, d => d.Value);
        Deltas.Clear();
        KeyDeltas.Clear();
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
        var record = keys.OfApplication(opened.ApplicationId);
        AddToEachFacet(facts, key, Status(opened.Status, +1), Keyed((CellKeyMeasures.Status((int)opened.Status), record.Status)));
    }

    private void Move(ApplicationMoved moved)
    {
        // Unknown (its submission predates what this ledger was given) or already applied: nothing to move.
        if (!Applications.TryGetValue(moved.ApplicationId, out var facts) || moved.Version <= facts.Version)
        {
            return;
        }

        var record = keys.OfApplication(moved.ApplicationId);
        if (facts.Status != moved.Status)
        {
            AddToEachFacet(facts, facts.Key, Status(facts.Status, -1).Add(Status(moved.Status, +1)),
                Keyed((CellKeyMeasures.Status((int)facts.Status), -record.Status), (CellKeyMeasures.Status((int)moved.Status), record.Status)));
        }

        if (ApplicationLifecycle.IsDecision(moved.Status) && !ApplicationLifecycle.IsDecision(facts.Status))
        {
            var hours = new long[DecisionTimeBuckets.Count];
            var bucket = DecisionTimeBuckets.IndexOf(moved.At - facts.SubmittedAt);
            hours[bucket] = 1;
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
            var outcome = moved.Status switch
            {
                ApplicationStatus.Recognised => CellKeyMeasures.DecisionRecognised,
                ApplicationStatus.PartlyRecognised => CellKeyMeasures.DecisionPartlyRecognised,
                _ => CellKeyMeasures.DecisionNotRecognised,
            };
            var recognising = moved.Status != ApplicationStatus.NotRecognised;
            AddToEachFacet(facts, facts.Key with { Month = MonthOf(moved.At) }, decision, Keyed(
                (outcome, record.Decision),
                (CellKeyMeasures.UnitsRecognised, moved.UnitsRecognised > 0 ? record.UnitsRecognised : 0),
                (CellKeyMeasures.UnitsRefused, moved.UnitsRefused > 0 ? record.UnitsRefused : 0),
                (CellKeyMeasures.Credits, recognising ? record.Credits : 0),
                (CellKeyMeasures.HoursBucket(bucket), record.Hours)));
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
        var record = keys.OfRefusal(refused.RecordId ?? $"{refused.AddressedBin}|{refused.Clause}|{refused.At.UtcTicks}");
        Add(new StatisticsRowKey(StatisticsFacet.RefusalClause, key), StatisticsCounts.Zero with { Refusals = 1 },
            Keyed((CellKeyMeasures.Refusals, record.Refusal)));
    }

    private void AddToEachFacet(ApplicationFacts facts, StatisticsGroup key, StatisticsCounts delta, long[] keyDelta)
    {
        foreach (var (facet, value) in facts.Facets)
        {
            Add(new StatisticsRowKey(facet, key with { FacetValue = value }), delta, keyDelta);
        }
    }

    private void Add(StatisticsRowKey key, StatisticsCounts delta, long[] keyDelta)
    {
        Deltas[key] = Deltas.TryGetValue(key, out var known) ? known.Add(delta) : delta;
        KeyDeltas[key] = KeyDeltas.TryGetValue(key, out var knownKeys) ? CellKeyMeasures.Add(knownKeys, keyDelta) : keyDelta;
    }

    private static long[] Keyed(params (int Measure, long Key)[] parts)
    {
        var keyDelta = CellKeyMeasures.Zero();
        foreach (var (measure, key) in parts)
        {
            keyDelta[measure] += key;
        }

        return keyDelta;
    }

    private static StatisticsCounts Status(ApplicationStatus status, int by)
    {
        var counts = new long[StatisticsCounts.StatusCount];
        counts[(int)status] = by;
        return StatisticsCounts.Zero with { ApplicationsByStatus = counts };
    }
}
