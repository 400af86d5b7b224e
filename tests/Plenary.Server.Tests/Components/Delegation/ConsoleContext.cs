using System.Net;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;
using Plenary.Server.Live;

namespace Plenary.Server.Tests.Components.Delegation;

/// <summary>bUnit over a real server: pages get the server's chamber, feed and accounts, and a <see cref="Desk"/> signed in as a demo account (or nobody).</summary>
internal static class ConsoleContext
{
    public static async Task<BunitContext> CreateAsync(PlenaryApp app, string? username, bool interactive = true)
    {
        var services = app.Services;
        var accounts = services.GetRequiredService<AccountStore>();
        var user = username is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : (await accounts.FindAsync(username, Xunit.TestContext.Current.CancellationToken))!.Principal("Test");
        var context = new BunitContext();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        context.Services.AddSingleton(services.GetRequiredService<Chamber>());
        context.Services.AddSingleton(services.GetRequiredService<MeetingFeed>());
        context.Services.AddSingleton(accounts);
        context.Services.AddSingleton(services.GetRequiredService<MeetingWatch>());
        context.Services.AddSingleton<AuthenticationStateProvider>(new SignedIn(user));
        context.Services.AddScoped<Desk>();
        context.SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        return context;
    }

    /// <summary>A GA meeting of its own, with a draft sponsored by France, optionally put to a recorded vote.</summary>
    public static async Task<string> OpenMeetingAsync(PlenaryApp app, string id, string draft, bool vote)
    {
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id, body = "GA" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = draft, body = "GA", title = "Strengthening the coordination of humanitarian assistance", sponsors = new[] { "FRA" } }));
        if (vote)
        {
            await Expect(HttpStatusCode.OK, app.PostAsync($"/api/meetings/{id}/votes", new { on = draft, question = "other", method = "recorded" }));
        }

        return id;
    }

    public static Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode? Body)> Expect(
        HttpStatusCode status,
        Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode? Body)> call) => Es11StoryTests.Expect(status, call);

    private sealed class SignedIn(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
