using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

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

        var context = await ServerBunit.CreateAsync(app, user);
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
}
