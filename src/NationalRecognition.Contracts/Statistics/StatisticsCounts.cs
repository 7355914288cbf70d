using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// The exact counters of one aggregate row, or of a sum of rows; every member adds up across rows.
/// <list type="bullet">
/// <item>Applications by their current status, counted in the month they were submitted.</item>
/// <item>Decisions by outcome, units recognised and refused, recognised credits and the decision-time histogram,
/// counted in the month of the decision.</item>
/// <item>Refusals at the door, in the month of the refusal (facet <see cref="StatisticsFacet.RefusalClause"/>).</item>
/// </list>
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.StatisticsCounts")]
public sealed record StatisticsCounts(
    [property: Id(0)] IReadOnlyList<long> ApplicationsByStatus,
    [property: Id(1)] long DecisionsRecognised,
    [property: Id(2)] long DecisionsPartlyRecognised,
    [property: Id(3)] long DecisionsNotRecognised,
    [property: Id(4)] long UnitsRecognised,
    [property: Id(5)] long UnitsRefused,
    [property: Id(6)] decimal CreditsRecognised,
    [property: Id(7)] IReadOnlyList<long> DecisionHours,
    [property: Id(8)] long Refusals)
{
    public static int StatusCount { get; } = Enum.GetValues<ApplicationStatus>().Length;

    public static StatisticsCounts Zero { get; } = new(new long[StatusCount], 0, 0, 0, 0, 0, 0m, new long[DecisionTimeBuckets.Count], 0);

    public long Applications => ApplicationsByStatus.Sum();

    public long Decisions => DecisionsRecognised + DecisionsPartlyRecognised + DecisionsNotRecognised;

    public long Of(ApplicationStatus status) => ApplicationsByStatus[(int)status];

    /// <summary>Share of decisions that recognised at least one unit (fully or partly); null without decisions.</summary>
    public double? ApprovalRate => Decisions == 0 ? null : (double)(DecisionsRecognised + DecisionsPartlyRecognised) / Decisions;

    public double? MedianDecisionHours => DecisionTimeBuckets.Percentile(DecisionHours, 0.5);

    public double? P90DecisionHours => DecisionTimeBuckets.Percentile(DecisionHours, 0.9);

    public bool IsZero => Applications == 0 && ApplicationsByStatus.All(c => c == 0) && Decisions == 0 && UnitsRecognised == 0
        && UnitsRefused == 0 && CreditsRecognised == 0 && DecisionHours.All(c => c == 0) && Refusals == 0;

    public StatisticsCounts Add(StatisticsCounts other) => new(
        Zip(ApplicationsByStatus, other.ApplicationsByStatus),
        DecisionsRecognised + other.DecisionsRecognised,
        DecisionsPartlyRecognised + other.DecisionsPartlyRecognised,
        DecisionsNotRecognised + other.DecisionsNotRecognised,
        UnitsRecognised + other.UnitsRecognised,
        UnitsRefused + other.UnitsRefused,
        CreditsRecognised + other.CreditsRecognised,
        Zip(DecisionHours, other.DecisionHours),
        Refusals + other.Refusals);

    /// <summary>Member by member equality (records compare lists by reference).</summary>
    public bool SameAs(StatisticsCounts other) =>
        ApplicationsByStatus.SequenceEqual(other.ApplicationsByStatus)
        && DecisionsRecognised == other.DecisionsRecognised
        && DecisionsPartlyRecognised == other.DecisionsPartlyRecognised
        && DecisionsNotRecognised == other.DecisionsNotRecognised
        && UnitsRecognised == other.UnitsRecognised
        && UnitsRefused == other.UnitsRefused
        && CreditsRecognised == other.CreditsRecognised
        && DecisionHours.SequenceEqual(other.DecisionHours)
        && Refusals == other.Refusals;

    public override string ToString() =>
        $"applications [{string.Join(' ', ApplicationsByStatus)}], decisions {DecisionsRecognised}/{DecisionsPartlyRecognised}/{DecisionsNotRecognised}, "
        + $"units {UnitsRecognised}/{UnitsRefused}, credits {CreditsRecognised}, hours [{string.Join(' ', DecisionHours)}], refusals {Refusals}";

    private static long[] Zip(IReadOnlyList<long> left, IReadOnlyList<long> right)
    {
        var sum = new long[Math.Max(left.Count, right.Count)];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = (i < left.Count ? left[i] : 0) + (i < right.Count ? right[i] : 0);
        }

        return sum;
    }
}
