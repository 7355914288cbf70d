using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Privacy;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>An institution's applications for one period, keyed "BIN|period": the institution's staff read it.</summary>
[StatelessWorker]
public sealed class InstitutionApplicationsGrain(IListingQueries listings, IPersonalDataReadLog readLog) : ApplicationListingGrain(listings, readLog), IInstitutionApplicationsGrain
{
    protected override string ReadKind => PersonalDataReads.Listing;

    protected override ListingFilter Filter => ListingFilter.InstitutionPeriod(
        ListingKeys.OwnerOf(this.GetPrimaryKeyString()), ListingKeys.PeriodOf(this.GetPrimaryKeyString()));

    protected override void AuthorizeRead(Actor actor) =>
        AccessPolicy.ReadInstitutionListing(actor, ListingKeys.OwnerOf(this.GetPrimaryKeyString()));
}
