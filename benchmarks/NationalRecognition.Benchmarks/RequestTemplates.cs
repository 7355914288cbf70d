using System.Text.Json.Nodes;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// The request bodies both contenders get, made from benchmarks/payloads: the submission input (with __IIN__,
/// __KEY__ and __CERTIFICATE__ to fill in), wrapped for the platform in its GraphQL operation; and the status read
/// (with __ID__). Edit the payload files, not this, when the API changes (e.g. a new expectedVersion argument).
/// </summary>
public sealed class RequestTemplates
{
    private RequestTemplates(string referenceSubmit, string platformSubmit, string platformStatus)
    {
        ReferenceSubmit = referenceSubmit;
        PlatformSubmit = platformSubmit;
        PlatformStatus = platformStatus;
    }

    /// <summary>POST /submit body of the reference: the input itself.</summary>
    public string ReferenceSubmit { get; }

    /// <summary>POST /graphql body of the platform: the submit operation with the input as its variable.</summary>
    public string PlatformSubmit { get; }

    /// <summary>POST /graphql body of the platform's status read.</summary>
    public string PlatformStatus { get; }

    public static RequestTemplates Load(string payloads)
    {
        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(payloads, "submit-input.json")))!;
        var submit = File.ReadAllText(Path.Combine(payloads, "submit-application.graphql"));
        var status = File.ReadAllText(Path.Combine(payloads, "application-status.graphql"));
        return new RequestTemplates(
            input.ToJsonString(),
            new JsonObject { ["query"] = submit, ["variables"] = new JsonObject { ["input"] = input.DeepClone() } }.ToJsonString(),
            new JsonObject { ["query"] = status, ["variables"] = new JsonObject { ["id"] = "__ID__" } }.ToJsonString());
    }

    /// <summary>One submission body: a learner, a unique key and a certificate number made from it.</summary>
    public static string Fill(string template, string iin, string key) =>
        template.Replace("__IIN__", iin, StringComparison.Ordinal)
            .Replace("__KEY__", key, StringComparison.Ordinal)
            .Replace("__CERTIFICATE__", "BENCH-" + key, StringComparison.Ordinal);

    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "submit-reference.json"), ReferenceSubmit);
        File.WriteAllText(Path.Combine(directory, "submit-platform.json"), PlatformSubmit);
        File.WriteAllText(Path.Combine(directory, "status-platform.json"), PlatformStatus);
    }
}
