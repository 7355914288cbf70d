using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NationalRecognition.ServiceDefaults.Operations;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on every answer of a process's own HTTP endpoint (a silo's probes and
/// metrics), as the gateway has on all of its: no browser reads a JSON or text answer as something else.
/// </summary>
public static class NoSniffExtensions
{
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
