using System.Text.Json.Nodes;

namespace NationalRecognition.FaultTests.Api;

/// <summary>What came back for one GraphQL request, as the fault test must treat it.</summary>
public sealed record GraphQLAnswer(AnswerKind Kind, JsonObject? Data, string? Code, string Detail)
{
    /// <summary>Whether the HTTP response had <c>Retry-After</c> (false when there was no response).</summary>
    public bool RetryAfter { get; init; }

    public static GraphQLAnswer Success(JsonObject data) => new(AnswerKind.Data, data, null, "data");

    public static GraphQLAnswer Retry(string? code, string detail) => new(AnswerKind.Retryable, null, code, detail);

    public static GraphQLAnswer Refusal(string? code, string detail) => new(AnswerKind.Refused, null, code, detail);
}
