using System.Globalization;
using Microsoft.AspNetCore.Localization;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Gateway.Languages;

/// <summary>
/// The caller's language, chosen once per request from <c>Accept-Language</c> among Kazakh, Russian and English
/// (<c>kk-KZ</c> counts as <c>kk</c>); English when the header asks for none of them or is absent. It becomes the
/// request's <see cref="CultureInfo.CurrentUICulture"/>, which every message of the request is written in, and the
/// answer says it in <c>Content-Language</c>. Error codes never change with the language.
/// </summary>
public static class RequestLanguageExtensions
{
    /// <summary>Sets the request's language; call it first, so that every refusal, even of the outermost layer, speaks it.</summary>
    public static IApplicationBuilder UseRequestLanguages(this IApplicationBuilder app)
    {
        var cultures = MessageLanguages.All.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(MessageLanguages.Fallback),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            ApplyCurrentCultureToResponseHeaders = false,
        };
        // Only the header: no query string or cookie changes what a request is answered in.
        options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        app.UseRequestLocalization(options);
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentLanguage = MessageLanguages.Of(CultureInfo.CurrentUICulture);
            return next(context);
        });
        return app;
    }
}
