using System.Collections.Frozen;
using System.Security.Cryptography;

namespace NationalRecognition.Gateway.GraphiQL;

/// <summary>
/// The GraphiQL IDE's files, embedded in the gateway assembly at build time (the npm packages come from
/// ClientApp/package-lock.json), so the IDE works with no internet access and nothing to deploy beside the dll.
/// </summary>
internal static class GraphiQLAssets
{
    /// <summary>URL path under which the files are served.</summary>
    public const string RequestPath = "/graphiql";

    private const string ResourcePrefix = "graphiql/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql-init.js"] = "text/javascript; charset=utf-8",
        ["graphiql-page.css"] = "text/css; charset=utf-8",
        ["index.html"] = "text/html; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, Asset>> Loaded = new(Load);

    /// <summary>Names of the files the IDE page loads (every embedded file but the page itself).</summary>
    public static IEnumerable<string> Names => ContentTypes.Keys.Where(name => name != "index.html");

    /// <summary>The embedded file of that name, or null when there is none.</summary>
    public static Asset? Find(string name) => Loaded.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var (name, contentType) in ContentTypes)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException(
                    $"GraphiQL file '{name}' isn't embedded in the gateway: the build's npm step didn't run.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8)) + "\"";
            assets[name] = new Asset(content, contentType, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>One embedded file with its media type and a content-derived entity tag.</summary>
    public sealed record Asset(byte[] Content, string ContentType, string ETag);
}
