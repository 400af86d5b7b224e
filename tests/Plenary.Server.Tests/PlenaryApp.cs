using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Plenary.Server.Tests;

/// <summary>The server over HTTP in process, on its own SQLite database: in memory (kept open by a connection held here) unless a file is given.</summary>
public sealed class PlenaryApp : WebApplicationFactory<Program>
{
    private static int _instances;
    private readonly string _connectionString;
    private readonly bool _seed;
    private readonly SqliteConnection? _keepAlive;

    public PlenaryApp(string? databaseFile = null, bool seed = false)
    {
        _seed = seed;
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

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string path, object? body = null, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }, options: Json) };
        headers?.Invoke(request);
        var response = await CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string path, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers?.Invoke(request);
        var response = await CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    public Task<(HttpResponseMessage Response, JsonNode? Body)> BallotAsync(string meeting, string state, string vote, string? key = null) =>
        PostAsync($"/api/meetings/{meeting}/votes/current/ballots", new { state, vote }, r => r.Headers.Add("Idempotency-Key", key ?? $"{meeting}-{state}-{vote}"));

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
    }

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
