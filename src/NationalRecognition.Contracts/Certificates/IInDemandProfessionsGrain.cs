using NationalRecognition.Contracts.Common;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// The exchange's list of in-demand professions for one calendar year (the grain's key). The feed publishes it
/// whole; everyone reads it; the registry judges each certificate of the exchange against the list of its issue year.
/// </summary>
[Alias("nr.IInDemandProfessionsGrain")]
public interface IInDemandProfessionsGrain : IGrainWithIntegerKey
{
    /// <summary>Replaces the year's list; publishing the same list again changes nothing and keeps its version.</summary>
    [Alias("Publish")]
    Task<InDemandProfessionList> Publish(IReadOnlyList<InDemandProfessionInfo> professions, Actor actor);

    /// <summary>The year's list, or null when none is published.</summary>
    [Alias("Get"), ReadOnly]
    Task<InDemandProfessionList?> Get();

    /// <summary>Looks a profession code up on the year's list (codes compare without case and spaces).</summary>
    [Alias("Find"), ReadOnly]
    Task<ListedProfession> Find(string professionCode);
}
