using Orleans.Concurrency;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>A Commission for the recognition of non-formal learning outcomes, keyed "BIN/code".</summary>
[Alias("nr.ICommissionGrain")]
public interface ICommissionGrain : IGrainWithStringKey
{
    [Alias("Establish")]
    Task<CommissionInfo> Establish(ConstituteCommission command, Actor actor);

    [Alias("Reconstitute")]
    Task<CommissionInfo> Reconstitute(ConstituteCommission command, Actor actor);

    [Alias("Get"), ReadOnly]
    Task<CommissionInfo?> Get();
}
