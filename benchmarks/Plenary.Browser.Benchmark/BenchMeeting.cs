using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Plenary.Browser.Benchmark;

/// <summary>A General Assembly meeting driven over the HTTP API, as the Secretariat: drafts, votes, ballots, each ballot's acknowledgement time.</summary>
internal sealed class BenchMeeting(HttpClient api, string id)
{
    private static readonly long EpochAtStartMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
    private static readonly long TimestampAtStart = Stopwatch.GetTimestamp();
    private int _drafts;
    private int _keys;

    public string Id => id;

    /// <summary>Wall-clock time in epoch milliseconds, with the stopwatch's resolution: comparable with the browser's <c>performance.timeOrigin + performance.now()</c> on the same machine.</summary>
    public static double NowEpochMs() => EpochAtStartMs + Stopwatch.GetElapsedTime(TimestampAtStart).TotalMilliseconds;

    public Task OpenAsync(CancellationToken cancellationToken) => PostAsync("/api/meetings", new { id, body = "GA" }, cancellationToken);

    /// <summary>Submits a new draft and puts it to a recorded vote (simple majority).</summary>
    public async Task OpenVoteAsync(CancellationToken cancellationToken)
    {
        var symbol = $"A/{TimeProvider.System.GetUtcNow().Year - 1945}/L.{800 + Interlocked.Increment(ref _drafts)}";
        await PostAsync("/api/drafts", new { symbol, body = "GA", title = "Browser benchmark", sponsors = new[] { "UKR" } }, cancellationToken);
        await PostAsync($"/api/meetings/{id}/votes", new { on = symbol, question = "other", method = "recorded" }, cancellationToken);
    }

    /// <summary>The States that may vote on the question being voted (not those without a vote under Article 19), in the board's order.</summary>
    public async Task<IReadOnlyList<string>> VotersAsync(CancellationToken cancellationToken)
    {
        var current = (await api.GetFromJsonAsync<JsonObject>($"/api/meetings/{id}/votes/current", cancellationToken))!;
        return [.. current["votes"]!.AsArray().Where(v => v!["noVote"] is null).Select(v => v!["state"]!.GetValue<string>())];
    }

    /// <summary>Casts a vote and answers the wall-clock time at which the server's acknowledgement arrived.</summary>
    public async Task<double> CastAsync(string state, string vote, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{id}/votes/current/ballots")
        {
            Content = JsonContent.Create(new { state, vote }),
        };
        request.Headers.Add("Idempotency-Key", $"bench-{id}-{Interlocked.Increment(ref _keys)}");
        using var response = await api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var acknowledged = NowEpochMs();
        await EnsureSuccessAsync(response, cancellationToken);
        return acknowledged;
    }

    /// <summary>Locks the question and announces the result, so that the next one may be opened.</summary>
    public async Task FinishVoteAsync(CancellationToken cancellationToken)
    {
        await PostAsync($"/api/meetings/{id}/votes/current/close", new { }, cancellationToken);
        await PostAsync($"/api/meetings/{id}/votes/current/announce", new { }, cancellationToken);
    }

    private async Task PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await api.PostAsJsonAsync(path, body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }
}
