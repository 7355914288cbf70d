namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// One pass of retention: deletes read records past their period and shreds data keys past theirs. Idempotent, so
/// it can run from a scheduled job as often as wanted (<c>Silo privacy retention</c>).
/// </summary>
public static class RetentionRun
{
    /// <summary>What one pass removed.</summary>
    public sealed record Result(long ReadRecordsDeleted, long KeysShredded);

    public static async Task<Result> RunAsync(
        RetentionOptions options, IPersonalDataReadStore reads, ILearnerKeyStore keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(' ', errors));
        }

        var deleted = await reads.DeleteBeforeAsync(now - options.ReadRecords, cancellationToken);
        var shredded = await keys.ShredUnusedSinceAsync(now - options.SealedPersonalFields, now, cancellationToken);
        return new Result(deleted, shredded);
    }
}
