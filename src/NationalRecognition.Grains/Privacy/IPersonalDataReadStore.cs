using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;

namespace NationalRecognition.Grains.Privacy;

/// <summary>The stored read records: appended in batches, read per learner newest first, deleted past their retention.</summary>
public interface IPersonalDataReadStore
{
    /// <summary>Appends a batch in one statement.</summary>
    Task AppendAsync(IReadOnlyList<LearnerRead> reads, CancellationToken cancellationToken);

    /// <summary>One learner's records (by pseudonym), newest first, keyset-paged.</summary>
    Task<Page<PersonalDataRead>> PageAsync(string learner, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Deletes every record made before <paramref name="cutoff"/>; returns how many.</summary>
    Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
