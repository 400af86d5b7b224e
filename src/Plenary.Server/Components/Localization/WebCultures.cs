using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Plenary.Server.Components.Localization;

/// <summary>The six official languages of the United Nations, as the web app offers them, and how the chosen one is remembered.</summary>
/// <remarks>
/// The language is the request's UI culture: the <c>.AspNetCore.Culture</c> cookie set by
/// <c>/culture</c>, else the browser's Accept-Language, else English. An interactive page keeps the
/// culture of the request that started it. Interface text falls back to English where a language
/// has no translation yet; State names come from the shipped data in all six (GA rule 51).
/// </remarks>
public static class WebCultures
{
    public static readonly IReadOnlyList<(string Code, string Endonym)> Languages =
    [
        ("ar", "العربية"),
        ("zh", "中文"),
        ("en", "English"),
        ("fr", "Français"),
        ("ru", "Русский"),
        ("es", "Español"),
    ];

    /// <summary>The two-letter code of the current UI language: <c>en</c>, <c>fr</c>, <c>es</c>, <c>ru</c>, <c>zh</c> or <c>ar</c>.</summary>
    public static string Language
    {
        get
        {
            var code = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return Languages.Any(l => l.Code == code) ? code : "en";
        }
    }

    /// <summary><c>rtl</c> for Arabic, <c>ltr</c> otherwise.</summary>
    public static string Direction => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr";

    public static RequestLocalizationOptions Options()
    {
        string[] codes = [.. Languages.Select(l => l.Code)];
        var options = new RequestLocalizationOptions().SetDefaultCulture("en").AddSupportedCultures(codes).AddSupportedUICultures(codes);
        options.ApplyCurrentCultureToResponseHeaders = true;
        return options;
    }

    /// <summary><c>GET /culture?name=fr&amp;redirect=/path</c>: remembers the language for a year and goes back to the page.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", (string? name, string? redirect, HttpContext context, TimeProvider clock) =>
        {
            var code = Languages.FirstOrDefault(l => l.Code == name).Code ?? "en";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

            // Only a path on this site: never an open redirect.
            var target = redirect is { Length: > 0 } && redirect[0] == '/' && !redirect.StartsWith("//", StringComparison.Ordinal) && !redirect.Contains('\\', StringComparison.Ordinal) ? redirect : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return app;
    }
}
