using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;

namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// Read records kept in memory and appended to the <see cref="IPersonalDataReadStore"/> in batches, every
/// <see cref="PersonalDataReadOptions.FlushInterval"/> or as soon as a batch is full. A read costs the reader an
/// enqueue, never a database write: recording reads must not make every read as slow as a command. What this gives up:
/// a silo that dies (kill -9, power) loses the records of its last flush interval (the reads themselves changed
/// nothing); a graceful stop stores them; while storage is down they wait, up to <see cref="PersonalDataReadOptions.Capacity"/>.
/// </summary>
public sealed partial class BufferedPersonalDataReadLog(
    IPersonalDataReadStore store,
    IOptions<PersonalDataReadOptions> options,
    TimeProvider time,
    ILogger<BufferedPersonalDataReadLog> logger) : BackgroundService, IPersonalDataReadLog
{
    private readonly Channel<LearnerRead> _queue = Channel.CreateBounded<LearnerRead>(
        new BoundedChannelOptions(options.Value.Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private readonly List<LearnerRead> _pending = [];
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private long _dropped;

    /// <summary>Records dropped because the buffer was full (storage down for long).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(Actor reader, string learnerIin, string what, string target) =>
        RecordByPseudonym(reader, LearnerKeys.For(learnerIin), what, target);

    public void RecordByPseudonym(Actor reader, string learner, string what, string target)
    {
        if (reader.Role == ActorRole.System || (reader is { Role: ActorRole.Learner, Iin: { Length: > 0 } iin } && LearnerKeys.For(iin) == learner))
        {
            return;
        }

        var read = new LearnerRead(learner, time.GetUtcNow(), reader.SubjectId, reader.Role, reader.InstitutionBin, what, target);
        if (!_queue.Writer.TryWrite(read))
        {
            Interlocked.Increment(ref _dropped);
            LogDropped(logger, options.Value.Capacity);
        }
    }

    /// <summary>Stores everything recorded so far (the flush loop, a graceful stop, tests).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                while (_pending.Count < options.Value.MaxBatch && _queue.Reader.TryRead(out var read))
                {
                    _pending.Add(read);
                }

                if (_pending.Count == 0)
                {
                    return;
                }

                // A failed append keeps the batch for the next flush: the store's rows carry no key, so a batch is
                // appended whole or not at all.
                await store.AppendAsync([.. _pending], cancellationToken);
                _pending.Clear();
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.FlushInterval, time, stoppingToken);
                await FlushAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFlushFailed(logger, exception);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFlushFailed(logger, exception);
        }
    }

    public override void Dispose()
    {
        _flushing.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing personal-data read records failed; they are kept and stored at the next flush.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A personal-data read record was dropped: {Capacity} records wait for storage already.")]
    private static partial void LogDropped(ILogger logger, int capacity);
}
