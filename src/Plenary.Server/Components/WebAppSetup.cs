using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Plenary.Server.Api;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.Localization;

namespace Plenary.Server.Components;

/// <summary>Wires the web app (Blazor with server interactivity) into the host beside the API: pages, their live feed and command desk, the six languages, sign-out.</summary>
public static class WebAppSetup
{
    public static IServiceCollection AddWebApp(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<MeetingWatch>();
        services.AddScoped<Desk>();
        return services;
    }

    /// <summary>Before the endpoints: the request's language, and a page (not a problem document) for a browser that asks for a page that is not there.</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        app.UseRequestLocalization(WebCultures.Options());
        app.UseWhen(IsPageRequest, branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

        // Routing after the status code pages, so that the re-executed request finds the not-found page.
        app.UseRouting();
        return app;
    }

    /// <summary>After authentication: the pages, their static assets, and sign-out.</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapCultureSwitch();
        app.MapVoteDownloads();
        app.MapPost("/sign-out", SignOutAsync).ExcludeFromDescription();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        // Checked here: the antiforgery middleware only checks endpoints that bind a form.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Redirect("/");
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/");
    }

    private static bool IsPageRequest(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
