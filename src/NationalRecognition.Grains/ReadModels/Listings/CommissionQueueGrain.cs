using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Privacy;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>A Commission's queue for one period, keyed "BIN/code|period": the staff of the Commission's institution read it.</summary>
[StatelessWorker]
public sealed class CommissionQueueGrain(IListingQueries listings, IPersonalDataReadLog readLog) : ApplicationListingGrain(listings, readLog), ICommissionQueueGrain
{
    protected override string ReadKind => PersonalDataReads.Listing;

    protected override ListingFilter Filter => ListingFilter.CommissionQueue(
        ListingKeys.OwnerOf(this.GetPrimaryKeyString()), ListingKeys.PeriodOf(this.GetPrimaryKeyString()));

    protected override void AuthorizeRead(Actor actor) =>
        AccessPolicy.ReadInstitutionListing(actor, CommissionIds.InstitutionOf(ListingKeys.OwnerOf(this.GetPrimaryKeyString())));
}
