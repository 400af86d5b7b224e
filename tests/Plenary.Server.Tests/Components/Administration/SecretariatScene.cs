using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;
using Plenary.Server.Live;

namespace Plenary.Server.Tests.Components.Administration;

/// <summary>A bUnit context on a running <see cref="PlenaryApp"/>: its Chamber, feed and accounts, with a demo account (or nobody) signed in.</summary>
internal static class SecretariatScene
{
    public static async Task<BunitContext> ContextAsync(PlenaryApp app, string? username = PlenaryApp.Secretariat)
    {
        var store = app.Services.GetRequiredService<AccountStore>();
        var user = username is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : (await store.FindAsync(username, Xunit.TestContext.Current.CancellationToken))!.Principal("Test");
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton(app.Services.GetRequiredService<Chamber>());
        context.Services.AddSingleton(app.Services.GetRequiredService<MeetingFeed>());
        context.Services.AddSingleton(store);
        context.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthentication(user));
        context.Services.AddScoped<Desk>();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");

        // As in a browser once the circuit is up; set last, since the renderer closes the services.
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }

    private sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
