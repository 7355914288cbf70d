using Microsoft.AspNetCore.Mvc;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Calls;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Export;

/// <summary>
/// <c>GET /statistics.csv</c>: any <c>nationalStatistics</c> view as CSV, with the same parameters, the same two
/// depths of authorization (the role gate here, the sector in the grain) and the same suppression.
/// 400 names the parameter at fault; 401/403 as for the API; 503 with <c>Retry-After</c> when the cluster is not
/// reachable; 500 only with a logged trace id.
/// </summary>
public static partial class StatisticsExportEndpoint
{
    public const string Path = "/statistics.csv";

    public static IEndpointRouteBuilder MapStatisticsExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, HandleAsync).WithName("StatisticsCsv");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, PlatformClient client, [FromServices] IEnumerable<IErrorClassifier> classifiers, ILoggerFactory loggers)
    {
        var actor = CallerAccessor.ActorOf(context.User);
        if (!CallerRoles.StatisticsReaders.Contains(actor.Role))
        {
            return Results.Text("Only ministry analysts and platform administrators may read national statistics.", statusCode: StatusCodes.Status403Forbidden);
        }

        var (query, invalid) = StatisticsExportRequest.Parse(context.Request.Query);
        if (query is null)
        {
            return Results.Text($"The parameter '{invalid}' is not valid (see docs/examples/national-statistics.graphql for the values).", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var answer = await client.NationalStatistics(query, actor);
            context.Response.Headers.ContentDisposition = "attachment; filename=\"national-statistics.csv\"";
            return Results.Text(StatisticsCsv.Write(answer), "text/csv; charset=utf-8");
        }
        catch (PlatformException refusal)
        {
            var status = refusal.Code == DomainErrorCode.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Results.Text(refusal.Message, statusCode: status);
        }
        catch (Exception exception) when (Unavailable(classifiers, exception) is { } unavailable)
        {
            var traceId = RequestTraceId.Of(context);
            LogUnavailable(loggers.CreateLogger(typeof(StatisticsExportEndpoint)), exception, traceId);
            context.Response.Headers.RetryAfter = "5";
            return Results.Text($"{unavailable.Message} (trace id {traceId})", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception exception)
        {
            var traceId = RequestTraceId.Of(context);
            LogFailed(loggers.CreateLogger(typeof(StatisticsExportEndpoint)), exception, traceId);
            return Results.Text($"The export failed; quote trace id {traceId} when reporting it.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    // Every classifier the API has, so that a storage failure of a co-hosted silo is told as it is on /graphql.
    private static ErrorClassification? Unavailable(IEnumerable<IErrorClassifier> classifiers, Exception exception) =>
        classifiers.Classify(exception) is { Code: ErrorCodes.Unavailable } unavailable
            ? unavailable
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statistics export unavailable (trace id {TraceId}); the client is told to retry.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string? traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Statistics export failed (trace id {TraceId}).")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? traceId);
}
