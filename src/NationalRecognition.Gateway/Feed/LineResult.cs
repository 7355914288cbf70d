using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Languages;

namespace NationalRecognition.Gateway.Feed;

/// <summary>The answer to one line of the stream, as the NDJSON line written back; a rejection's reason in the caller's language.</summary>
internal sealed record LineResult(
    long Line,
    FeedOutcome Outcome,
    string? Number = null,
    string? RegistryKey = null,
    int? Version = null,
    string? Code = null,
    string? Field = null,
    string? Clause = null,
    string? Reason = null)
{
    public static LineResult Of(long line, FeedRecordResult result) => new(
        line, result.Outcome, result.Number, result.RegistryKey, result.Version,
        result.Code is { } code ? DomainErrorClassifier.PublicCode(code) : null, InputFieldPath.Of(result.Field), result.Clause,
        result.Reason is null ? null : GatewayMessages.Refusal(result.Text, result.Reason));

    public static LineResult Refused(long line, DomainException refusal) => new(
        line, FeedOutcome.Rejected, Code: DomainErrorClassifier.PublicCode(refusal.Code), Field: InputFieldPath.Of(refusal.Field), Clause: refusal.Clause,
        Reason: GatewayMessages.Refusal(refusal.Text));
}
