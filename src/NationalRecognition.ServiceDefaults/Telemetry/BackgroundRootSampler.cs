using System.Diagnostics;
using OpenTelemetry.Trace;

namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>
/// Keeps the traces worth reading: those an HTTP request or a projector batch (or a tool's run) began. A span that
/// nothing began — an SQL command of a membership heartbeat or of an idle projector poll, a grain call of a timer or of
/// the dashboard's polling — is dropped; inside a trace that a request began, the same span is kept. Everything else follows the parent's decision, or the configured
/// ratio for a new trace (so a trace is never half recorded across processes).
/// </summary>
public sealed class BackgroundRootSampler(double ratio) : Sampler
{
    // The name ASP.NET Core gives its server span when it starts it (the route is set later).
    private const string HttpRequestIn = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    private readonly Sampler _inner = new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio));

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.ParentContext.TraceId == default
            && (samplingParameters.Kind == ActivityKind.Client
                || (samplingParameters.Kind == ActivityKind.Server && samplingParameters.Name != HttpRequestIn)))
        {
            return new SamplingResult(SamplingDecision.Drop);
        }

        return _inner.ShouldSample(samplingParameters);
    }
}
