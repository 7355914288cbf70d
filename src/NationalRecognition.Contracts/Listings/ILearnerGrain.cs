namespace NationalRecognition.Contracts.Listings;

/// <summary>A learner, keyed by IIN: their applications across institutions.</summary>
[Alias("nr.ILearnerGrain")]
public interface ILearnerGrain : IApplicationListing;
