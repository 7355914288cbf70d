using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NationalRecognition.Gateway.Http;

/// <summary>Registration of <see cref="HttpLimitsOptions"/>, Kestrel's matching limits and the error-body layer.</summary>
public static class HttpLimitsExtensions
{
    /// <summary>Binds "HttpLimits" and sets Kestrel's request-line and header limits just above ours.</summary>
    public static WebApplicationBuilder AddGatewayHttpLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(HttpLimitsOptions.SectionName).Get<HttpLimitsOptions>() ?? new HttpLimitsOptions();
        if (limits.MaxRequestTargetBytes <= 0 || limits.MaxRequestHeaderBytes <= 0)
        {
            throw new InvalidOperationException($"{HttpLimitsOptions.SectionName}:MaxRequestTargetBytes and MaxRequestHeaderBytes must be positive.");
        }

        builder.Services.AddOptions<HttpLimitsOptions>().Bind(builder.Configuration.GetSection(HttpLimitsOptions.SectionName));
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            // The request line is "METHOD target HTTP/1.1"; headers are counted by Kestrel with their separators.
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, limits.MaxRequestTargetBytes + HttpLimitsOptions.KestrelMargin);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, limits.MaxRequestHeaderBytes + HttpLimitsOptions.KestrelMargin);
        });
        return builder;
    }

    /// <summary>The outermost middleware: limits of every request, JSON bodies on refusals, 500 with a trace id.</summary>
    public static IApplicationBuilder UseGatewayErrorBodies(this IApplicationBuilder app) =>
        app.UseMiddleware<HttpErrorBodyMiddleware>();
}
