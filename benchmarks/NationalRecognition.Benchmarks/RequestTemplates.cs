using System.Text.Json.Nodes;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// The request bodies both contenders get, made from benchmarks/payloads: the submission input (with __IIN__,
/// __KEY__ and __CERTIFICATE__ to fill in), wrapped for the platform in its GraphQL operation; and the status read
/// (with __ID__). Edit the payload files, not this, when the API changes (e.g. a new expectedVersion argument).
/// </summary>
public sealed class RequestTemplates
{
    private readonly JsonNode _input;
    private readonly string _submitOperation;

    private RequestTemplates(JsonNode input, string submitOperation, string statusOperation)
    {
        _input = input;
        _submitOperation = submitOperation;
        ReferenceSubmit = input.ToJsonString();
        PlatformSubmit = Wrap(submitOperation, input);
        PlatformStatus = new JsonObject { ["query"] = statusOperation, ["variables"] = new JsonObject { ["id"] = "__ID__" } }.ToJsonString();
    }

    /// <summary>POST /submit body of the reference: the input itself.</summary>
    public string ReferenceSubmit { get; }

    /// <summary>POST /graphql body of the platform: the submit operation with the input as its variable.</summary>
    public string PlatformSubmit { get; }

    /// <summary>POST /graphql body of the platform's status read.</summary>
    public string PlatformStatus { get; }

    public static RequestTemplates Load(string payloads)
    {
        return new RequestTemplates(
            JsonNode.Parse(File.ReadAllText(Path.Combine(payloads, "submit-input.json")))!,
            File.ReadAllText(Path.Combine(payloads, "submit-application.graphql")),
            File.ReadAllText(Path.Combine(payloads, "application-status.graphql")));
    }

    /// <summary>One submission body: a learner, a unique key and a certificate number made from it.</summary>
    public static string Fill(string template, string iin, string key) =>
        template.Replace("__IIN__", iin, StringComparison.Ordinal)
            .Replace("__KEY__", key, StringComparison.Ordinal)
            .Replace("__CERTIFICATE__", "BENCH-" + key, StringComparison.Ordinal);

    /// <summary>Writes the bodies for wrk; the warm-up's go to another period, so they add nothing to the backlog.</summary>
    public void WriteTo(string directory, string? warmupPeriod)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "submit-reference.json"), ReferenceSubmit);
        File.WriteAllText(Path.Combine(directory, "submit-platform.json"), PlatformSubmit);
        File.WriteAllText(Path.Combine(directory, "status-platform.json"), PlatformStatus);
        if (warmupPeriod is not null)
        {
            var warmup = _input.DeepClone();
            warmup["academicPeriodId"] = warmupPeriod;
            File.WriteAllText(Path.Combine(directory, "submit-reference-warmup.json"), warmup.ToJsonString());
            File.WriteAllText(Path.Combine(directory, "submit-platform-warmup.json"), Wrap(_submitOperation, warmup));
        }
    }

    private static string Wrap(string operation, JsonNode input) =>
        new JsonObject { ["query"] = operation, ["variables"] = new JsonObject { ["input"] = input.DeepClone() } }.ToJsonString();
}
