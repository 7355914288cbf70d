using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// The result of one record of a feed batch, by its place in the batch (0-based): the outcome, the registry key and
/// version it now has, or the refusal's code, field, clause and reason (in English; <see cref="Text"/> is its message key,
/// which the gateway puts into the caller's language).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.FeedRecordResult")]
public sealed record FeedRecordResult(
    [property: Id(0)] int Index,
    [property: Id(1)] string? Number,
    [property: Id(2)] FeedOutcome Outcome,
    [property: Id(3)] string? RegistryKey = null,
    [property: Id(4)] int? Version = null,
    [property: Id(5)] DomainErrorCode? Code = null,
    [property: Id(6)] string? Field = null,
    [property: Id(7)] string? Clause = null,
    [property: Id(8)] string? Reason = null,
    [property: Id(9)] PlatformMessage? Text = null);
