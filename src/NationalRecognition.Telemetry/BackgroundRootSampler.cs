using System.Diagnostics;
using OpenTelemetry.Trace;

namespace NationalRecognition.Telemetry;

/// <summary>
/// Keeps the traces worth reading. A client span that nothing began — an SQL command of a membership heartbeat or of
/// an idle projector poll, a grain call of Orleans' own timers — is dropped; inside a trace that a request or a
/// projector batch began, the same span is kept. Everything else follows the parent's decision, or the configured
/// ratio for a new trace (so a trace is never half recorded across processes).
/// </summary>
public sealed class BackgroundRootSampler(double ratio) : Sampler
{
    private readonly Sampler _inner = new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio));

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.ParentContext.TraceId == default && samplingParameters.Kind == ActivityKind.Client)
        {
            return new SamplingResult(SamplingDecision.Drop);
        }

        return _inner.ShouldSample(samplingParameters);
    }
}
