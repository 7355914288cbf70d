using System.Globalization;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Grains.Events;

[PlatformEvent("CommissionEstablished", 1)]
public sealed record CommissionEstablished(string CommissionId, CommissionOrderInfo Order, int MemberCount) : IPlatformEvent
{
    public string Describe() => $"established by order {Order.Number} of {Order.Date:yyyy-MM-dd}, {MemberCount} member(s)";
}

[PlatformEvent("CommissionReconstituted", 1)]
public sealed record CommissionReconstituted(string CommissionId, CommissionOrderInfo Order, int MemberCount) : IPlatformEvent
{
    public string Describe() => $"reconstituted by order {Order.Number} of {Order.Date:yyyy-MM-dd}, {MemberCount} member(s)";
}

/// <summary>
/// Stored decimal quorums that approximate a simple fraction restated as that fraction (0.67 → 2/3), by the platform
/// when a silo of the release that reads exact fractions first activates the Commission; shown in the institution's
/// audit log.
/// </summary>
[PlatformEvent("CommissionQuorumsMigrated", 1)]
public sealed record CommissionQuorumsMigrated(string CommissionId, IReadOnlyList<MigratedQuorum> Quorums) : IPlatformEvent
{
    public string Describe() => "quorum restated as an exact fraction: " + string.Join("; ", Quorums.Select(q => q.Describe()));
}

/// <summary>One composition's quorum as stored and as restated.</summary>
public sealed record MigratedQuorum(string OrderNumber, decimal StoredValue, int Numerator, int Denominator)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"order {OrderNumber}: {StoredValue} of the members read as {Numerator}/{Denominator}");
}

/// <summary>
/// Members' platform identities corrected in one composition by an administrative act of the head or a platform
/// administrator, without a new order: the composition, its roles and its regulation are unchanged.
/// </summary>
[PlatformEvent("CommissionMemberIdentitiesCorrected", 1)]
public sealed record CommissionMemberIdentitiesCorrected(
    string CommissionId, string OrderNumber, IReadOnlyList<MemberIdentityChange> Changes, string Reason) : IPlatformEvent
{
    public string Describe() =>
        $"platform identities of {Changes.Count} member(s) of order {OrderNumber} corrected without a new order";
}

/// <summary>One member's platform identity before and after a correction (null: none).</summary>
public sealed record MemberIdentityChange(string Name, string? PreviousSubjectId, string? SubjectId);
