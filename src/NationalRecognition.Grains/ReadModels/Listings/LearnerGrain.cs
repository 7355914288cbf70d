using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Privacy;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>A learner's applications, keyed by the learner's pseudonym (<see cref="LearnerKeys"/>): only that learner reads them.</summary>
[StatelessWorker]
public sealed class LearnerGrain(IListingQueries listings, IPersonalDataReadLog readLog) : ApplicationListingGrain(listings, readLog), ILearnerGrain
{
    protected override string ReadKind => PersonalDataReads.LearnerListing;

    protected override ListingFilter Filter => ListingFilter.Learner(this.GetPrimaryKeyString());

    protected override void AuthorizeRead(Actor actor) =>
        AccessPolicy.ReadLearnerListing(actor, this.GetPrimaryKeyString());
}
