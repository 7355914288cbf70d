using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>An institution as the statistics place it: the first listed kind is its principal kind.</summary>
public sealed record InstitutionDimension(string Bin, IReadOnlyList<InstitutionKind> Kinds, Region Region, IReadOnlyList<Ministry> Ministries)
{
    public InstitutionKind? PrincipalKind => Kinds.Count > 0 ? Kinds[0] : null;

    /// <summary>The ministry of the principal kind: where refusals addressed to the institution are counted.</summary>
    public Ministry? PrincipalMinistry => PrincipalKind is { } kind ? InstitutionKinds.MinistryOf(kind) : null;
}
