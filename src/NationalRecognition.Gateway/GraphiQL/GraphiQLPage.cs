using System.Net;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace NationalRecognition.Gateway.GraphiQL;

/// <summary>Serves the GraphiQL page and its files.</summary>
internal static class GraphiQLPage
{
    // Everything comes from this origin; GraphiQL sets inline styles, so styles need 'unsafe-inline'.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Writes the IDE page, pointed at <paramref name="endpointPath"/>.</summary>
    public static async Task WriteAsync(HttpContext context, string endpointPath)
    {
        var template = GraphiQLAssets.Find("index.html")!;
        var html = Encoding.UTF8.GetString(template.Content)
            .Replace("{{assets}}", GraphiQLAssets.RequestPath, StringComparison.Ordinal)
            .Replace("{{endpoint}}", WebUtility.HtmlEncode(endpointPath), StringComparison.Ordinal);

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = template.ContentType;
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>Writes one of the IDE's files, or 404; revalidated by ETag since the files change with the build.</summary>
    public static async Task WriteAssetAsync(HttpContext context, string name)
    {
        if (name == "index.html" || GraphiQLAssets.Find(name) is not { } asset)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers[HeaderNames.IfNoneMatch] == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }
}
