using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Hosting.LocalMode.Privacy;

/// <summary>Read records in memory (local mode, tests): the same behaviour as <c>personal_data_reads</c>.</summary>
public sealed class InMemoryPersonalDataReadStore : IPersonalDataReadStore
{
    private readonly Lock _gate = new();
    private readonly List<(string Learner, PersonalDataRead Read)> _reads = [];
    private long _sequence;

    public Task AppendAsync(IReadOnlyList<LearnerRead> reads, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var read in reads)
            {
                _reads.Add((read.Learner, new PersonalDataRead(
                    ++_sequence, read.At, read.ReaderSubjectId, read.ReaderRole, read.ReaderInstitutionBin, read.What, read.Target)));
            }
        }

        return Task.CompletedTask;
    }

    public Task<Page<PersonalDataRead>> PageAsync(string learner, PageRequest page, CancellationToken cancellationToken)
    {
        List<PersonalDataRead> all;
        lock (_gate)
        {
            all = _reads.Where(r => r.Learner == learner).Select(r => r.Read)
                .OrderByDescending(r => r.At).ThenByDescending(r => r.Sequence).ToList();
        }

        var after = page.After is null ? (ReadCursor?)null : ReadCursor.Decode(page.After);
        var rest = after is { } cursor ? all.Where(cursor.IsBefore).ToList() : all;
        var slice = rest.Take(page.First).ToList();
        return Task.FromResult(new Page<PersonalDataRead>(
            slice, slice.Select(r => ReadCursor.Of(r).Encode()).ToList(), rest.Count > page.First, all.Count));
    }

    public Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_reads.RemoveAll(r => r.Read.At < cutoff));
        }
    }
}
