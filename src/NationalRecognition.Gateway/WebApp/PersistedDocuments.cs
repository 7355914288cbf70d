using System.Collections.Frozen;
using System.Text.Json;
using NationalRecognition.Gateway.Sessions;
using NationalRecognition.GraphQLOverHttp;

namespace NationalRecognition.Gateway.WebApp;

/// <summary>
/// The web application's GraphQL operations, allow-listed: <c>WebApp/persisted-documents.json</c> (committed, embedded
/// in the gateway and bundled into the application) maps <c>sha256:&lt;hex of the document&gt;</c> to the document. Any
/// client may run them by <c>documentId</c>; a browser session may run nothing else, so a script injected into the page
/// can do no more than the application's own screens, under the same authorization, limits and audit as any client.
/// </summary>
public sealed class PersistedDocuments : IPersistedDocuments
{
    public const string ResourceName = "webapp/persisted-documents.json";

    private readonly FrozenDictionary<string, string> _documents = Load();

    /// <summary>Every persisted document by its id.</summary>
    public IReadOnlyDictionary<string, string> All => _documents;

    public string? Find(string documentId) => _documents.GetValueOrDefault(documentId);

    public bool PersistedOnly(HttpContext context) => SessionSchemes.IsSession(context);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(PersistedDocuments).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"'{ResourceName}' isn't embedded in the gateway.");
        return (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
