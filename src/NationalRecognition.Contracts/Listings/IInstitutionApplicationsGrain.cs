namespace NationalRecognition.Contracts.Listings;

/// <summary>An institution's applications for one academic period, keyed by <see cref="ListingKeys.InstitutionPeriod"/>.</summary>
[Alias("nr.IInstitutionApplicationsGrain")]
public interface IInstitutionApplicationsGrain : IApplicationListing;
