using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Hosting;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Reliability;

/// <summary>A server with a meeting <c>ga</c> voting on A/ES-11/L.1, its command endpoints, and a way to send them anything and judge the answer.</summary>
internal sealed class CommandWorld : IAsyncDisposable
{
    /// <summary>A value for every route parameter, naming things that exist.</summary>
    public static readonly IReadOnlyDictionary<string, string> Existing = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "ga",
        ["body"] = "GA",
        ["session"] = "ES-11",
        ["symbol"] = "A/ES-11/L.1",
        ["number"] = "1",
    };

    private int _fresh;

    private CommandWorld(PlenaryApp app, HttpClient client, IReadOnlyList<CommandEndpoint> endpoints)
    {
        App = app;
        Client = client;
        Endpoints = endpoints;
    }

    public PlenaryApp App { get; }

    /// <summary>Signed in as the Secretariat, which may do everything, so that a request is judged on its input.</summary>
    public HttpClient Client { get; }

    public IReadOnlyList<CommandEndpoint> Endpoints { get; }

    public IEnumerable<CommandEndpoint> JsonEndpoints => Endpoints.Where(e => e.HasJsonBody);

    public static async Task<CommandWorld> CreateAsync()
    {
        var app = new PlenaryApp();
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", sponsors = new[] { "UKR" } }));
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));
        var client = await app.CreateClientAsync();
        return new CommandWorld(app, client, CommandEndpoint.All(app.Services));
    }

    public Task<long> HeadAsync() =>
        App.Services.GetRequiredService<Chamber>().Secretariat.Log.HeadPositionAsync(TestContext.Current.CancellationToken);

    /// <summary>A body every field of which is plausible, so that the one field under test is what decides the answer.</summary>
    public JsonObject Plausible(CommandEndpoint endpoint)
    {
        var n = Interlocked.Increment(ref _fresh);
        var body = new JsonObject();
        foreach (var (name, _) in endpoint.Fields)
        {
            JsonNode? value = name switch
            {
                "state" or "requestedBy" => "UKR",
                "vote" or "intended" => "yes",
                "body" => "GA",
                "symbol" => string.Create(CultureInfo.InvariantCulture, $"A/ES-11/L.{1000 + n}"),
                "newSymbol" => string.Create(CultureInfo.InvariantCulture, $"A/ES-11/L.1/Rev.{n}"),
                "on" or "draft" => "A/ES-11/L.1",
                "title" => "Aggression against Ukraine",
                "question" => "important",
                "revision" => "In operative paragraph 2, replace 'demands' by 'urges'.",
                "session" => "ES-11",
                "id" => string.Create(CultureInfo.InvariantCulture, $"world-{n}"),
                "meeting" => "ga",
                "members" or "sponsors" or "coSponsors" => new JsonArray("UKR"),
                "number" => 7,
                "minutes" => 5,
                "yes" or "no" or "abstain" => 0,
                "date" => "2022-03-02",
                "username" => "nobody",
                "password" => "not-the-password",
                _ => null,
            };
            if (value is not null)
            {
                body[name] = value;
            }
        }

        return body;
    }

    /// <summary>Sends a request and reads the log's head before and after it.</summary>
    public async Task<Outcome> SendAsync(string method, string path, HttpContent? content, Action<HttpRequestMessage>? headers = null, HttpClient? client = null)
    {
        var before = await HeadAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        headers?.Invoke(request);
        using var response = await (client ?? Client).SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Outcome($"{method} {path}", response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, before, await HeadAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
