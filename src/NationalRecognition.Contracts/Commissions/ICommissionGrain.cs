using NationalRecognition.Contracts.Common;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>A Commission for the recognition of non-formal learning outcomes, keyed "BIN/code".</summary>
[Alias("nr.ICommissionGrain")]
public interface ICommissionGrain : IGrainWithStringKey
{
    [Alias("Establish")]
    Task<CommissionInfo> Establish(ConstituteCommission command, Actor actor);

    [Alias("Reconstitute")]
    Task<CommissionInfo> Reconstitute(ConstituteCommission command, Actor actor);

    /// <summary>Corrects members' platform identities in one composition without a new order (the head or a platform administrator).</summary>
    [Alias("CorrectMemberIdentities")]
    Task<CommissionInfo> CorrectMemberIdentities(CorrectMemberIdentities command, Actor actor);

    [Alias("Get"), ReadOnly]
    Task<CommissionInfo?> Get();
}
