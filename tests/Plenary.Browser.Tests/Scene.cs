using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Plenary.Browser.Tests;

/// <summary>Sets the scene of a flow through the HTTP API (a meeting of the test's own, a draft, ballots) and reads what the pages should show.</summary>
/// <remarks>Every test shares one server, so each scene gets ids no other test uses.</remarks>
public sealed class Scene(BrowserApp app, HttpClient secretariat)
{
    private static int _next = 900;

    public BrowserApp App => app;

    public static async Task<Scene> StartAsync(BrowserApp app) => new(app, await app.ApiAsync("secretariat"));

    /// <summary>Opens a meeting of the body for today and returns its id.</summary>
    public async Task<string> OpenMeetingAsync(string body)
    {
        var id = $"e2e-{body.ToLowerInvariant()}-{Next()}";
        await PostAsync("/api/meetings", new { id, body });
        return id;
    }

    /// <summary>Submits a draft to the body, sponsored by <paramref name="sponsor"/>, and returns its symbol.</summary>
    public async Task<string> SubmitDraftAsync(string body, string sponsor, string title)
    {
        var year = TimeProvider.System.GetUtcNow().Year;
        var symbol = body == "SC" ? $"S/{year}/{Next()}" : $"A/{year - 1945}/L.{Next()}";
        await PostAsync("/api/drafts", new { symbol, body, title, sponsors = new[] { sponsor } });
        return symbol;
    }

    /// <summary>Puts a recorded vote on the draft as the Secretariat (for flows that are not about the chair's console).</summary>
    public Task OpenVoteAsync(string meeting, string draft, string question) =>
        PostAsync($"/api/meetings/{meeting}/votes", new { on = draft, question, method = "recorded" });

    /// <summary>Casts a State's vote over the API with a bearer token, as a delegation's software would.</summary>
    public Task CastAsync(string meeting, string state, string vote) => CastAsync(secretariat, meeting, state, vote);

    /// <summary>Casts a vote with the given client; answers when the server acknowledged it (the response arrived).</summary>
    public static async Task CastAsync(HttpClient client, string meeting, string state, string vote)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{meeting}/votes/current/ballots")
        {
            Content = JsonContent.Create(new { state, vote }),
        };
        request.Headers.Add("Idempotency-Key", $"e2e-{meeting}-{state}-{Next()}");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        await EnsureSuccessAsync(response);
    }

    /// <summary>Reads a resource of the API as JSON.</summary>
    public async Task<JsonObject> GetAsync(string path)
    {
        using var response = await secretariat.GetAsync(path, TestContext.Current.CancellationToken);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>The members of the question being voted, with their permanent seat and any reason they may not vote.</summary>
    public async Task<IReadOnlyList<(string State, bool Permanent, string? NoVote)>> MembersAsync(string meeting)
    {
        var current = await GetAsync($"/api/meetings/{meeting}/votes/current");
        return [.. current["votes"]!.AsArray().Select(v => (
            v!["state"]!.GetValue<string>(),
            v["permanent"]?.GetValue<bool>() ?? false,
            v["noVote"]?.GetValue<string>()))];
    }

    /// <summary>The meeting's stream version now.</summary>
    public async Task<long> VersionAsync(string meeting)
    {
        using var response = await secretariat.GetAsync($"/api/meetings/{meeting}", TestContext.Current.CancellationToken);
        await EnsureSuccessAsync(response);
        return long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task PostAsync(string path, object body)
    {
        using var response = await secretariat.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        await EnsureSuccessAsync(response);
    }

    private static int Next() => Interlocked.Increment(ref _next);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }
}
