namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// A learner's data key: the key that seals their personal fields in new events, and its id, which the sealed field
/// carries. The id is random, not derived from the IIN, so once the key is shredded nothing links a sealed field to
/// the learner.
/// </summary>
public sealed record LearnerDataKey(Guid KeyId, byte[] Key);
