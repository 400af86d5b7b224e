using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;
using Plenary.Server.Live;

namespace Plenary.Server.Tests.Components.Chair;

/// <summary>A server with a General Assembly meeting and a draft before it, and a bUnit context whose components run commands on that server as a given account.</summary>
internal sealed class ChairScene : IAsyncDisposable
{
    public const string Meeting = "chair-test";
    public const string Draft = "A/ES-11/L.1";

    private ChairScene(PlenaryApp app, BunitContext context)
    {
        App = app;
        Context = context;
    }

    public PlenaryApp App { get; }

    public BunitContext Context { get; }

    /// <param name="user">The demo account the console runs as; null for nobody signed in.</param>
    /// <param name="body">The meeting's body, GA or SC; the draft is before it.</param>
    public static async Task<ChairScene> StartAsync(string? user = "president-ga", string body = "GA")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        var app = new PlenaryApp();
        var (opened, _) = await app.PostAsync("/api/meetings", new { body, date = "2022-03-02", id = Meeting });
        opened.EnsureSuccessStatusCode();
        var (submitted, _) = await app.PostAsync("/api/drafts", new { symbol = Draft, body, title = "Aggression against Ukraine", date = "2022-03-01", sponsors = new[] { "UKR" } });
        submitted.EnsureSuccessStatusCode();

        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (user is not null)
        {
            var outcome = await app.Services.GetRequiredService<AccountStore>().SignInAsync(user, PlenaryApp.DemoPassword, Xunit.TestContext.Current.CancellationToken);
            principal = outcome.Account!.Principal("test");
        }

        var context = new BunitContext();
        var services = context.Services;
        services.AddSingleton(app.Services.GetRequiredService<Chamber>());
        services.AddSingleton(app.Services.GetRequiredService<MeetingFeed>());
        services.AddSingleton(app.Services.GetRequiredService<AccountStore>());
        services.AddSingleton(app.Services.GetRequiredService<MeetingWatch>());
        services.AddSingleton(TimeProvider.System);
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<AuthenticationStateProvider>(new Fixed(principal));
        services.AddScoped<Desk>();

        // After the services: setting it builds the renderer and so the service provider.
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return new ChairScene(app, context);
    }

    public IRenderedComponent<Server.Components.Pages.Chair> RenderConsole() =>
        Context.Render<Server.Components.Pages.Chair>(p => p.Add(c => c.Id, Meeting));

    public async Task<MeetingView> ViewAsync() =>
        (await App.Services.GetRequiredService<MeetingWatch>().ReadAsync(Meeting, Xunit.TestContext.Current.CancellationToken))!;

    /// <summary>The text of the count of who has voted: "N of M have voted", M the members of the Assembly with a vote on the meeting's date.</summary>
    public string Voted(int count)
    {
        var secretariat = App.Services.GetRequiredService<Chamber>().Secretariat;
        var electorate = secretariat.Body(Domain.Bodies.BodyId.GeneralAssembly).ElectorateOn(new DateOnly(2022, 3, 2), secretariat.Register);
        return string.Create(CultureInfo.InvariantCulture, $"{count} of {electorate.Size - electorate.CannotVote.Count} have voted");
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await App.DisposeAsync();
    }

    private sealed class Fixed(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
