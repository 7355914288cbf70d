namespace NationalRecognition.Contracts.Listings;

/// <summary>A learner, keyed by <see cref="LearnerKeys.For"/> (a pseudonym of the IIN): their applications across institutions.</summary>
[Alias("nr.ILearnerGrain")]
public interface ILearnerGrain : IApplicationListing;
