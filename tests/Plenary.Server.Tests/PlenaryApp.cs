using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Plenary.Server.Tests;

/// <summary>The server over HTTP in process, on its own SQLite database: in memory (kept open by a connection held here) unless a file is given.</summary>
public sealed class PlenaryApp : WebApplicationFactory<Program>
{
    private static int _instances;
    private readonly string _connectionString;
    private readonly bool _seed;
    private readonly SqliteConnection? _keepAlive;
    private readonly TimeProvider? _clock;
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <param name="clock">The server's clock, such as a FakeTimeProvider a test moves on; the system clock when null.</param>
    public PlenaryApp(string? databaseFile = null, bool seed = false, TimeProvider? clock = null)
    {
        _seed = seed;
        _clock = clock;
        if (databaseFile is null)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"plenary-tests-{Environment.ProcessId}-{Interlocked.Increment(ref _instances)}");
            _connectionString = $"Data Source={name};Mode=Memory;Cache=Shared";
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
        else
        {
            _connectionString = $"Data Source={databaseFile}";
        }
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The password of every demo account.</summary>
    public const string DemoPassword = "plenary-demo";

    /// <summary>The account the write helpers sign in as unless told otherwise.</summary>
    public const string Secretariat = "secretariat";

    /// <summary>Posts JSON as <paramref name="user"/> (a demo account, signed in once and its token kept); null posts without signing in.</summary>
    public async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string path, object? body = null, Action<HttpRequestMessage>? headers = null, string? user = Secretariat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }, options: Json) };
        headers?.Invoke(request);
        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        }

        var response = await CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    /// <summary>A client that sends <paramref name="user"/>'s bearer token.</summary>
    public async Task<HttpClient> CreateClientAsync(string user = Secretariat)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        return client;
    }

    /// <summary>Signs in as a demo account (or with the given password) and returns its bearer token.</summary>
    public async Task<string> TokenAsync(string user, string password = DemoPassword)
    {
        if (_tokens.TryGetValue(user, out var token))
        {
            return token;
        }

        var (response, body) = await SignInAsync(user, password);
        response.EnsureSuccessStatusCode();
        return _tokens[user] = (string)body!["accessToken"]!;
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> SignInAsync(string username, string password)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/auth/token", new { username, password }, Json, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string path, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers?.Invoke(request);
        var response = await CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    public Task<(HttpResponseMessage Response, JsonNode? Body)> BallotAsync(string meeting, string state, string vote, string? key = null, string? user = Secretariat) =>
        PostAsync($"/api/meetings/{meeting}/votes/current/ballots", new { state, vote }, r => r.Headers.Add("Idempotency-Key", key ?? $"{meeting}-{state}-{vote}"), user);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:EventLog", _connectionString);
        builder.UseSetting("EventLog:Provider", "sqlite");
        builder.UseSetting("Demo:Seed", _seed ? "true" : "false");
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
    }

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
