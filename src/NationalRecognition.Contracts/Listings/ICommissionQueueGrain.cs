namespace NationalRecognition.Contracts.Listings;

/// <summary>A Commission's queue for one academic period, keyed by <see cref="ListingKeys.CommissionQueue"/>.</summary>
[Alias("nr.ICommissionQueueGrain")]
public interface ICommissionQueueGrain : IApplicationListing;
