using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Hosting.LocalMode;
using NationalRecognition.Hosting.LocalMode.ReadModels.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

/// <summary>
/// The disclosure audit (docs/security.md, "Statistics"): an analyst asks every allowed combination of filters,
/// group-bys and <c>top</c> over a seeded scenario full of small cells (the CSV is the same answer written as text), and
/// works out from all the answers together, by bound propagation over totals, differences, orderings and the published
/// perturbation table, the range each stored row's true count can have. Every range must be at least
/// <see cref="ProtectionInterval"/> wide; a row of 1 or 2 applications is never pinned. The same adversary against the
/// answers as they were before the cell-key method (exact sums, top cut before suppression) pins rows: the audit has teeth.
/// </summary>
public sealed class DisclosureAuditTests
{
    /// <summary>The narrowest range of true values any published row may leave: at least three values.</summary>
    private const long ProtectionInterval = 2;

    private static readonly StatisticsDimension[] Dimensions =
        [StatisticsDimension.Region, StatisticsDimension.Institution, StatisticsDimension.ProgrammeLevel, StatisticsDimension.AcademicPeriod, StatisticsDimension.Month];

    [Fact]
    public async Task No_combination_of_questions_narrows_a_row_below_the_protection_interval()
    {
        var scenario = await Scenario.BuildAsync(seed: 20261207);

        var ranges = await Adversary.RangesAsync(scenario, q => PublishedAnswerAsync(scenario.Store, q), AdversaryModel.CellKey);

        var narrow = scenario.Rows.Where(r => ranges[r.Key].High - ranges[r.Key].Low < ProtectionInterval).ToList();
        Assert.True(narrow.Count == 0, $"{narrow.Count} of {scenario.Rows.Count} rows narrowed below {ProtectionInterval}: "
            + string.Join("; ", narrow.Take(5).Select(r => $"{r.Value} in [{ranges[r.Key].Low}, {ranges[r.Key].High}]")));
        Assert.All(scenario.Rows, r => Assert.InRange(r.Value, ranges[r.Key].Low, ranges[r.Key].High));
    }

    [Fact]
    public async Task The_same_adversary_pins_small_rows_in_exact_answers_cut_before_suppression()
    {
        var scenario = await Scenario.BuildAsync(seed: 20261207);

        var ranges = await Adversary.RangesAsync(scenario, q => ExactAnswerAsBeforeAsync(scenario.Store, q), AdversaryModel.Exact);

        var pinned = scenario.Rows.Where(r => r.Value is 1 or 2 && ranges[r.Key].Low == ranges[r.Key].High).ToList();
        Assert.NotEmpty(pinned);
    }

    private static async Task<StatisticsAnswer> PublishedAnswerAsync(InMemoryStatisticsStore store, StatisticsQuery query) =>
        StatisticsAnswering.Answer(await store.PublishedSumAsync(query, CancellationToken.None), query.Top, null, StatisticsFigures.CellKeyPerturbed);

    /// <summary>How answers were made before the cell-key method: exact sums, ordered, cut to top, then suppressed with one complementary cell.</summary>
    private static async Task<StatisticsAnswer> ExactAnswerAsBeforeAsync(InMemoryStatisticsStore store, StatisticsQuery query)
    {
        var cells = (await store.SumAsync(query, CancellationToken.None))
            .OrderByDescending(c => c.Counts!.Applications + c.Counts.Refusals).ThenBy(c => c.Group.ToString(), StringComparer.Ordinal).ToList();
        if (query.Top is { } top)
        {
            cells = cells.Take(top).ToList();
        }

        var result = cells.Select(c => SmallCellSuppression.IsSmall(c.Counts!) ? c with { Counts = null } : c).ToList();
        if (result.Count(c => c.Suppressed) == 1 && result.Count > 1)
        {
            var next = result.Select((cell, index) => (cell, index)).Where(x => !x.cell.Suppressed).MinBy(x => x.cell.Counts!.Applications);
            result[next.index] = next.cell with { Counts = null };
        }

        return new StatisticsAnswer(result, null, SmallCellSuppression.Threshold);
    }

    internal enum AdversaryModel
    {
        Exact,
        CellKey,
    }

    /// <summary>A seeded country: institutions in a few regions, each row (institution, level, period, month) of 0–4 applications, some larger.</summary>
    internal sealed record Scenario(InMemoryStatisticsStore Store, Dictionary<StatisticsGroup, long> Rows)
    {
        public static async Task<Scenario> BuildAsync(int seed)
        {
            var random = new Random(seed);
            var store = new InMemoryStatisticsStore(new InMemoryEventLog());
            var changes = new List<StatisticsChange>();
            var rows = new Dictionary<StatisticsGroup, long>();
            Region[] regions = [Region.Abai, Region.Akmola, Region.Aktobe];
            string[] periods = ["autumn", "spring"];
            for (var i = 0; i < 9; i++)
            {
                var bin = $"99084000{i:D4}";
                var region = regions[i % regions.Length];
                changes.Add(new InstitutionDescribed(bin, [InstitutionKind.Higher, InstitutionKind.Tvet], region, [Ministry.ScienceAndHigherEducation, Ministry.Enlightenment]));
                changes.Add(new PeriodDescribed(bin, "autumn", new DateOnly(2025, 9, 1)));
                changes.Add(new PeriodDescribed(bin, "spring", new DateOnly(2026, 1, 12)));
                foreach (var level in new[] { InstitutionKind.Higher, InstitutionKind.Tvet })
                {
                    foreach (var period in periods)
                    {
                        for (var month = 5; month <= 7; month++)
                        {
                            var count = random.Next(10) switch { < 3 => 0, < 9 => random.Next(1, 5), _ => random.Next(5, 30) };
                            var at = new DateTimeOffset(2025, month, 10, 6, 0, 0, TimeSpan.Zero);
                            for (var a = 0; a < count; a++)
                            {
                                changes.Add(new ApplicationOpened(Guid.NewGuid(), 1, ApplicationStatus.Submitted, bin, period, level, at,
                                    [IssuerKind.EducationOrganisation], [], []));
                            }

                            if (count > 0)
                            {
                                rows[new StatisticsGroup(InstitutionKinds.MinistryOf(level), region, InstitutionKind.Higher, bin, level, period == "autumn" ? 2025 : 2025,
                                    period, new DateOnly(2025, month, 1), string.Empty)] = count;
                            }
                        }
                    }
                }
            }

            await store.ApplyAsync(null!, changes, CancellationToken.None);
            return new Scenario(store, rows);
        }
    }

    /// <summary>Bound propagation over every answer: the feasible range of each row's true count.</summary>
    internal static class Adversary
    {
        private const long Unbounded = 100_000;

        public static async Task<Dictionary<StatisticsGroup, (long Low, long High)>> RangesAsync(
            Scenario scenario, Func<StatisticsQuery, Task<StatisticsAnswer>> ask, AdversaryModel model)
        {
            var rows = scenario.Rows.Keys.ToList();
            var index = rows.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
            var constraints = new HashSet<Constraint>();
            foreach (var query in Questions(scenario))
            {
                var full = await ask(query);
                Learn(full, query, rows, index, constraints, model, complete: true);
                for (var top = 1; top < full.Cells.Count; top++)
                {
                    Learn(await ask(query with { Top = top }), query, rows, index, constraints, model, complete: false);
                }
            }

            var published = rows.Select(_ => (Low: 0L, High: Unbounded)).ToArray();
            var truth = rows.Select(_ => (Low: 0L, High: Unbounded)).ToArray();
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var constraint in constraints)
                {
                    changed |= constraint.Tighten(published);
                }

                for (var i = 0; i < rows.Count; i++)
                {
                    var (low, high) = model == AdversaryModel.Exact ? published[i] : (PreimageLow(published[i].Low), PreimageHigh(published[i].High));
                    var tighterTruth = (Math.Max(truth[i].Low, low), Math.Min(truth[i].High, high));
                    var (imageLow, imageHigh) = model == AdversaryModel.Exact ? tighterTruth : (ImageLow(tighterTruth.Item1), ImageHigh(tighterTruth.Item2));
                    var tighterPublished = (Math.Max(published[i].Low, imageLow), Math.Min(published[i].High, imageHigh));
                    changed |= tighterTruth != truth[i] || tighterPublished != published[i];
                    truth[i] = tighterTruth;
                    published[i] = tighterPublished;
                }
            }

            return rows.ToDictionary(r => r, r => truth[index[r]]);
        }

        private static IEnumerable<StatisticsQuery> Questions(Scenario scenario)
        {
            var filters = new List<StatisticsFilter> { StatisticsFilter.None };
            filters.AddRange(scenario.Rows.Keys.Select(r => r.Region).Distinct().Select(r => new StatisticsFilter(Region: r)));
            filters.AddRange(scenario.Rows.Keys.Select(r => r.InstitutionBin).Distinct().Select(b => new StatisticsFilter(InstitutionBin: b)));
            filters.AddRange(scenario.Rows.Keys.Select(r => r.Month).Distinct().Select(m => new StatisticsFilter(MonthFrom: m, MonthTo: m)));
            filters.AddRange(scenario.Rows.Keys.Select(r => r.ProgrammeLevel).Distinct().Select(l => new StatisticsFilter(ProgrammeLevel: l)));
            for (var mask = 0; mask < 1 << Dimensions.Length; mask++)
            {
                var groupBy = Dimensions.Where((_, i) => (mask & (1 << i)) != 0).ToList();
                foreach (var filter in filters)
                {
                    yield return new StatisticsQuery(StatisticsFacet.All, filter, groupBy);
                }
            }
        }

        /// <summary>What one answer says about the published rows: each cell's sum (or its suppression band), the order of cells, and, when complete, that every other group is zero.</summary>
        private static void Learn(StatisticsAnswer answer, StatisticsQuery query, List<StatisticsGroup> rows, Dictionary<StatisticsGroup, int> index, HashSet<Constraint> constraints,
            AdversaryModel model, bool complete)
        {
            var covered = new HashSet<int>();
            Constraint? previous = null;
            foreach (var cell in answer.Cells)
            {
                var members = rows.Where(r => r.Matches(query.Filter) && r.Project(query.GroupBy) == cell.Group).Select(r => index[r]).ToArray();
                covered.UnionWith(members);
                var sum = cell.Counts is { } counts
                    ? new Constraint(members, [], counts.Applications, counts.Applications)
                    : new Constraint(members, [], 1, model == AdversaryModel.CellKey ? SmallCellSuppression.Threshold - 1 : Unbounded); // exact answers also hid a complementary cell
                constraints.Add(sum);
                if (previous is not null)
                {
                    constraints.Add(new Constraint(previous.Plus, members, 0, Unbounded)); // shown in order: the earlier is at least the later
                }

                previous = sum;
            }

            if (complete)
            {
                foreach (var missing in rows.Select((r, i) => (r, i)).Where(x => x.r.Matches(query.Filter) && !covered.Contains(x.i)).GroupBy(x => x.r.Project(query.GroupBy)))
                {
                    constraints.Add(new Constraint(missing.Select(x => x.i).ToArray(), [], 0, 0));
                }
            }
        }

        // The published table of CellKeyPerturbation, as an analyst reads it from docs/security.md.
        private static long PreimageLow(long published) => published switch { 0 => 0, <= 3 => 1, _ => published - 2 };

        private static long PreimageHigh(long published) => published switch { 0 => 2, 1 => 3, _ => published + 2 };

        private static long ImageLow(long value) => value <= 1 ? 0 : value - 2;

        private static long ImageHigh(long value) => value switch { 0 => 0, 1 => 2, _ => value + 2 };
    }

    /// <summary>Low ≤ Σ published[Plus] − Σ published[Minus] ≤ High.</summary>
    internal sealed record Constraint(int[] Plus, int[] Minus, long Low, long High)
    {
        private readonly string _identity = $"{string.Join(',', Plus.Order())}|{string.Join(',', Minus.Order())}|{Low}|{High}";

        public bool Equals(Constraint? other) => other is not null && other._identity == _identity;

        public override int GetHashCode() => _identity.GetHashCode(StringComparison.Ordinal);

        public bool Tighten((long Low, long High)[] bounds)
        {
            var changed = false;
            var most = Plus.Sum(i => bounds[i].High) - Minus.Sum(i => bounds[i].Low);
            var least = Plus.Sum(i => bounds[i].Low) - Minus.Sum(i => bounds[i].High);
            foreach (var i in Plus)
            {
                var low = Math.Max(bounds[i].Low, Low - (most - bounds[i].High));
                var high = Math.Min(bounds[i].High, High - (least - bounds[i].Low));
                changed |= (low, high) != bounds[i];
                bounds[i] = (low, Math.Max(low, high));
            }

            foreach (var i in Minus)
            {
                var low = Math.Max(bounds[i].Low, (least + bounds[i].High) - High);
                var high = Math.Min(bounds[i].High, (most + bounds[i].Low) - Low);
                changed |= (low, high) != bounds[i];
                bounds[i] = (low, Math.Max(low, high));
            }

            return changed;
        }
    }
}
