namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// The learners' data keys (crypto-shredding, docs/privacy.md). Shredding deletes the key and the learner's
/// pseudonym from its row and keeps the id as a tombstone, so that readers tell an erased field from an unknown key.
/// </summary>
public interface ILearnerKeyStore
{
    /// <summary>
    /// The learner's (by pseudonym) current key, created when they have none or theirs was shredded; marks it used at
    /// <paramref name="now"/>, from which its retention runs.
    /// </summary>
    Task<LearnerDataKey> GetOrCreateAsync(string learner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The keys of <paramref name="keyIds"/>: a null value is a shredded key; an id the store does not know is left out.</summary>
    Task<IReadOnlyDictionary<Guid, byte[]?>> FindAsync(IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken);

    /// <summary>Shreds every key of the learner (lawful erasure); returns how many.</summary>
    Task<long> ShredLearnerAsync(string learner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Shreds every key last used before <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<long> ShredUnusedSinceAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken);
}
