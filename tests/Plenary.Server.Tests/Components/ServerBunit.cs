using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;
using Plenary.Server.Live;

namespace Plenary.Server.Tests.Components;

/// <summary>bUnit over a real server: components get the running <see cref="PlenaryApp"/>'s chamber, feed, accounts and watch, and a <see cref="Desk"/> signed in as a demo account (or nobody).</summary>
internal static class ServerBunit
{
    /// <param name="username">The demo account the components act as; null for nobody signed in.</param>
    /// <param name="interactive">As in a browser once the circuit is up (true), or as prerendered on the server.</param>
    public static async Task<BunitContext> CreateAsync(PlenaryApp app, string? username, bool interactive = true)
    {
        var services = app.Services;
        var accounts = services.GetRequiredService<AccountStore>();
        var user = username is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : (await accounts.FindAsync(username, Xunit.TestContext.Current.CancellationToken))!.Principal("Test");
        var context = new BunitContext();

        // InputFile and focus calls reach for JavaScript that a test has no browser for.
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        context.Services.AddSingleton(services.GetRequiredService<Chamber>());
        context.Services.AddSingleton(services.GetRequiredService<MeetingFeed>());
        context.Services.AddSingleton(accounts);
        context.Services.AddSingleton(services.GetRequiredService<MeetingWatch>());
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddSingleton<AuthenticationStateProvider>(new SignedIn(user));
        context.Services.AddScoped<Desk>();

        // Last: setting it builds the renderer, and so the service provider.
        context.SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        return context;
    }

    private sealed class SignedIn(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
