using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Grains.Listings;

[GenerateSerializer, Alias("nr.ListingState")]
public sealed class ListingState
{
    /// <summary>The newest summary received for each application.</summary>
    [Id(0)]
    public Dictionary<Guid, ApplicationSummary> Items { get; set; } = [];
}
