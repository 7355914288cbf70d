using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// What the statistics remember of one application: the dimensions it was counted under at submission (frozen,
/// so a later change of the institution's region moves no counts), its facet values, and its current status and
/// version, so the next event knows which counter to take it from. Kept by the projector, never read by queries.
/// </summary>
public sealed record ApplicationFacts(
    Guid ApplicationId,
    int Version,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    StatisticsGroup Key,
    IReadOnlyList<(StatisticsFacet Facet, string Value)> Facets);
