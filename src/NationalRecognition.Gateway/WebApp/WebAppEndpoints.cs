using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace NationalRecognition.Gateway.WebApp;

/// <summary>
/// Serves the web application built at build time (ClientApp/app → embedded in the gateway): the shell at <c>/</c> and
/// <c>/me</c> (revalidated on every visit) and its files under <c>/app/</c>, fingerprinted by content hash and so cached
/// by browsers for a year, sent Brotli- or gzip-compressed from copies the build made. Nothing here depends on who
/// asks: the gateway keeps no per-visitor state for the application.
/// </summary>
public static class WebAppEndpoints
{
    public const string IndexName = "index.html";
    public const string AssetPath = "/app";

    /// <summary>The application's own pages (each one is the shell; the page script shows the right screen).</summary>
    public static readonly string[] Pages = ["/", "/me"];

    private const string ResourcePrefix = "webapp/app/";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".woff2"] = "font/woff2",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, WebAppAsset>> Assets = new(Load);

    /// <summary>Every file of the application by name.</summary>
    public static IReadOnlyDictionary<string, WebAppAsset> All => Assets.Value;

    public static IEndpointRouteBuilder MapWebApp(this IEndpointRouteBuilder endpoints)
    {
        foreach (var page in Pages)
        {
            endpoints.MapGet(page, context => WriteAsync(context, IndexName));
        }

        endpoints.MapGet(AssetPath + "/{name}", (HttpContext context, string name) => WriteAsync(context, name));
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, string name)
    {
        if (!Assets.Value.TryGetValue(name, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = asset.Fingerprinted ? "public, max-age=31536000, immutable" : "no-cache";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = asset.ETag;
        if (context.Request.Headers[HeaderNames.IfNoneMatch] == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        var (body, encoding) = asset switch
        {
            { Brotli: { } brotli } when Accepts(accepted, "br") => (brotli, "br"),
            { Gzip: { } gzip } when Accepts(accepted, "gzip") => (gzip, "gzip"),
            _ => (asset.Content, null),
        };
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static bool Accepts(string acceptEncoding, string coding) =>
        acceptEncoding.Split(',').Select(part => part.Split(';')[0].Trim()).Any(part => part.Equals(coding, StringComparison.OrdinalIgnoreCase))
        && !acceptEncoding.Contains(coding + ";q=0", StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, WebAppAsset> Load()
    {
        var assembly = typeof(WebAppEndpoints).Assembly;
        var names = assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..]).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(IndexName))
        {
            throw new InvalidOperationException("The web application isn't embedded in the gateway: the build's npm step didn't run.");
        }

        var assets = new Dictionary<string, WebAppAsset>(StringComparer.Ordinal);
        foreach (var name in names.Where(name => ContentTypes.ContainsKey(Path.GetExtension(name))))
        {
            var content = Read(name)!;
            assets[name] = new WebAppAsset(name, ContentTypes[Path.GetExtension(name)], content,
                names.Contains(name + ".br") ? Read(name + ".br") : null, names.Contains(name + ".gz") ? Read(name + ".gz") : null,
                "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8)) + "\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);

        byte[]? Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name);
            if (stream is null)
            {
                return null;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
