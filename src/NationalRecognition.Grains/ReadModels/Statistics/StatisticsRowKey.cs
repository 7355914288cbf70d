using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>The key of one aggregate row: its facet and the values of every dimension (facet value "" in <see cref="StatisticsFacet.All"/>).</summary>
public readonly record struct StatisticsRowKey(StatisticsFacet Facet, StatisticsGroup Group);
