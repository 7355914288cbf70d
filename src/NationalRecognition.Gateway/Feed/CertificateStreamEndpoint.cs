using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Gateway.Calls;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Feed;

/// <summary>
/// <c>POST /feed/certificates</c>: the exchange's certificates as NDJSON (one record a line), of any length. Lines are
/// read as they arrive and sent to the cluster in batches (<see cref="CertificateStreamOptions.ChunkSize"/>, a few in
/// flight); each line's result is written back as an NDJSON line as soon as its batch is done, in the file's order,
/// then a summary line. With an <c>Idempotency-Key</c> header the stream is retry-safe as a whole: its batches are
/// keyed by it, so sending the same file again with the same key answers from what is recorded.
/// </summary>
public sealed partial class CertificateStreamEndpoint(
    PlatformClient client,
    IEnumerable<IErrorClassifier> classifiers,
    IOptions<CertificateStreamOptions> options,
    ILogger<CertificateStreamEndpoint> logger)
{
    public const string MediaType = "application/x-ndjson";
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string ProblemMediaType = "application/problem+json";

    // Seconds a client waits before sending the stream again after UNAVAILABLE (as the CSV export says).
    private const int RetryAfterSeconds = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var actor = CallerAccessor.ActorOf(context.User);
        if (actor.Role == ActorRole.Anonymous)
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Authenticate as the certificate feed (a bearer token with role ExchangeFeed).");
            return;
        }

        if (actor.Role is not (ActorRole.ExchangeFeed or ActorRole.PlatformAdministrator))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Only the certificate feed or a platform administrator may send certificates.");
            return;
        }

        if (!IsNdjson(context.Request.ContentType))
        {
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, $"The body must be {MediaType}: one JSON record a line, UTF-8.");
            return;
        }

        var key = context.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length > CertificateFeedKeys.MaxIdempotencyKeyLength - 12)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, ErrorCodes.Validation, $"The {IdempotencyHeader} header is longer than {CertificateFeedKeys.MaxIdempotencyKeyLength - 12} characters.");
            return;
        }

        var settings = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = settings.MaxStreamBytes;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaType;
        var stream = new StreamRun(string.IsNullOrEmpty(key) ? $"stream-{Guid.NewGuid():N}" : key, actor);
        var cancellationToken = context.RequestAborted;
        var inFlight = new Queue<Task<IReadOnlyList<LineResult>>>();
        var chunk = new Chunk();
        try
        {
            await foreach (var line in NdjsonLineReader.ReadAsync(context.Request.BodyReader, settings.MaxLineBytes, cancellationToken))
            {
                chunk.Add(line);
                if (chunk.Records.Count >= Math.Clamp(settings.ChunkSize, 1, CertificateFeedKeys.MaxBatchSize) || chunk.Refused.Count >= CertificateFeedKeys.MaxBatchSize)
                {
                    await Dispatch(context, stream, chunk, inFlight, settings.ChunksInFlight, cancellationToken);
                    chunk = new Chunk();
                }
            }

            await Dispatch(context, stream, chunk, inFlight, settings.ChunksInFlight, cancellationToken);
            while (inFlight.Count > 0)
            {
                await Write(context, stream, await inFlight.Dequeue(), cancellationToken);
            }

            await WriteLine(context, new { summary = stream.Summary() }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: what was sent is recorded; a retry with the same key answers the rest.
        }
        catch (Exception exception) when (ClientBodyFailure.Of(exception) is { } failure)
        {
            // The client's body broke, not the platform: told to the client, logged as information without a stack.
            var traceId = RequestTraceId.Of(context);
            LogClientBodyFailed(logger, failure.Code, exception.Message, traceId, stream.LinesAnswered);
            await Stop(context, failure.Status, failure.Code, failure.Message, stream.LinesAnswered, traceId, retryAfter: null);
        }
        catch (Exception exception)
        {
            var classification = classifiers.Classify(exception);
            var traceId = RequestTraceId.Of(context);
            var unavailable = classification?.Code == ErrorCodes.Unavailable;
            if (classification is null)
            {
                LogStreamFailed(logger, exception, traceId, stream.LinesAnswered);
            }
            else if (unavailable)
            {
                LogStreamUnavailable(logger, exception, traceId, stream.LinesAnswered);
            }

            await Stop(
                context,
                unavailable ? StatusCodes.Status503ServiceUnavailable : classification is null ? StatusCodes.Status500InternalServerError : StatusCodes.Status400BadRequest,
                classification?.Code ?? ErrorCodes.Internal,
                classification?.Message ?? GatewayMessages.Text("stream.internal"),
                stream.LinesAnswered,
                traceId,
                retryAfter: unavailable ? RetryAfterSeconds : null);
        }
    }

    /// <summary>
    /// Ends the stream on a failure: before anything was answered, an HTTP status with a problem+json body; after, a final
    /// NDJSON line. Both say through which line the stream was answered, so the client knows what to send again.
    /// </summary>
    private static async Task Stop(HttpContext context, int status, string code, string message, long answeredThroughLine, string? traceId, int? retryAfter)
    {
        try
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = status;
                context.Response.ContentType = ProblemMediaType;
                if (retryAfter is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await JsonSerializer.SerializeAsync(context.Response.Body, new
                {
                    type = "about:blank",
                    title = ReasonPhrases.GetReasonPhrase(status),
                    status,
                    detail = message,
                    code,
                    answeredThroughLine,
                    traceId,
                }, Json, CancellationToken.None);
                return;
            }

            await WriteLine(context, new
            {
                error = new { code, message, answeredThroughLine, retryAfter, traceId },
            }, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The connection is gone with the body: nobody is left to tell.
        }
    }

    private async Task Dispatch(HttpContext context, StreamRun stream, Chunk chunk, Queue<Task<IReadOnlyList<LineResult>>> inFlight, int maxInFlight, CancellationToken cancellationToken)
    {
        if (chunk.Records.Count == 0 && chunk.Refused.Count == 0)
        {
            return;
        }

        inFlight.Enqueue(Send(stream, chunk, stream.NextBatchKey()));
        while (inFlight.Count >= Math.Max(1, maxInFlight))
        {
            await Write(context, stream, await inFlight.Dequeue(), cancellationToken);
        }
    }

    private async Task<IReadOnlyList<LineResult>> Send(StreamRun stream, Chunk chunk, string batchKey)
    {
        var results = new List<LineResult>(chunk.Records.Count + chunk.Refused.Count);
        results.AddRange(chunk.Refused);
        if (chunk.Records.Count > 0)
        {
            var batch = await client.FeedCertificates(batchKey, chunk.Records.Select(r => r.Record).ToList(), stream.Actor);
            results.AddRange(batch.Results.Select(r => LineResult.Of(chunk.Records[r.Index].Line, r)));
        }

        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        return results;
    }

    private static async Task Write(HttpContext context, StreamRun stream, IReadOnlyList<LineResult> results, CancellationToken cancellationToken)
    {
        foreach (var result in results)
        {
            stream.Count(result);
            await JsonSerializer.SerializeAsync(context.Response.Body, result, Json, cancellationToken);
            await context.Response.Body.WriteAsync(NewLine, cancellationToken);
        }

        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static async Task WriteLine(HttpContext context, object value, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(context.Response.Body, value, Json, cancellationToken);
        await context.Response.Body.WriteAsync(NewLine, cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static async Task Refuse(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } });
    }

    /// <summary>The idempotency key of a stream's <paramref name="batch"/>-th batch (<see cref="CertificateFeedKeys.StreamBatch"/>).</summary>
    internal static string StreamBatchKey(string streamKey, int batch) => CertificateFeedKeys.StreamBatch(streamKey, batch);

    private static bool IsNdjson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Certificate stream stopped after line {AnsweredThroughLine} (trace {TraceId})")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, string? traceId, long answeredThroughLine);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Certificate stream unavailable after line {AnsweredThroughLine} (trace {TraceId}); the client is told to retry.")]
    private static partial void LogStreamUnavailable(ILogger logger, Exception exception, string? traceId, long answeredThroughLine);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Certificate stream's body broken by the client ({Code}: {Reason}) after line {AnsweredThroughLine} (trace {TraceId})")]
    private static partial void LogClientBodyFailed(ILogger logger, string code, string reason, string? traceId, long answeredThroughLine);

    /// <summary>The lines of one batch: the records parsed, and the lines refused before they could be sent.</summary>
    private sealed class Chunk
    {
        public List<(long Line, CertificateFeedRecord Record)> Records { get; } = [];

        public List<LineResult> Refused { get; } = [];

        public void Add(NdjsonLine line)
        {
            if (line.TooLong)
            {
                Refused.Add(LineResult.Refused(line.Number, new DomainException(DomainErrorCode.Validation, Message.Of("certificateStreamEndpoint.lineLongerThan"), "line")));
                return;
            }

            try
            {
                var bytes = line.Bytes.IsSingleSegment ? line.Bytes.FirstSpan : line.Bytes.ToArray();
                var record = ExchangeRecordJson.Parse(bytes);
                Records.Add((line.Number, new CertificateFeedRecord(
                    record.Number, record.LearnerIin, record.ProfessionCode, record.CourseName, record.Hours, record.Credits,
                    record.Grade, record.IssueDate, record.TrainingProvider, record.LearnerName, record.CourseCode)));
            }
            catch (DomainException refusal)
            {
                Refused.Add(LineResult.Refused(line.Number, refusal));
            }
        }
    }

    private sealed class StreamRun(string key, Actor actor)
    {
        private readonly Dictionary<FeedOutcome, long> _counts = [];
        private int _batches;

        public Actor Actor { get; } = actor;

        public long LinesAnswered { get; private set; }

        // A space: GraphQL's feedCertificates keys may hold none, so a stream's batch never answers for one of them.
        public string NextBatchKey() => StreamBatchKey(key, _batches++);

        public void Count(LineResult result)
        {
            LinesAnswered = result.Line;
            _counts[result.Outcome] = _counts.GetValueOrDefault(result.Outcome) + 1;
        }

        public object Summary() => new
        {
            lines = LinesAnswered,
            accepted = _counts.GetValueOrDefault(FeedOutcome.Accepted),
            unchanged = _counts.GetValueOrDefault(FeedOutcome.Unchanged),
            updated = _counts.GetValueOrDefault(FeedOutcome.Updated),
            rejected = _counts.GetValueOrDefault(FeedOutcome.Rejected),
        };
    }
}
