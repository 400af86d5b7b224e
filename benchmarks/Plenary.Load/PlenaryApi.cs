using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plenary.Load;

/// <summary>The few calls of the Plenary HTTP API the load needs (see docs/api.md): sign in, open a meeting, table a draft, open a recorded vote, cast a ballot, read the vote.</summary>
internal sealed class PlenaryApi(HttpClient http, RawHttp? raw = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> SignInAsync(string username, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password }, Json, cancellationToken);
        var token = await ReadAsync<TokenAnswer>(response, "POST /api/auth/token as " + username, cancellationToken);
        return token.AccessToken;
    }

    /// <summary>The Members of the Assembly today that may vote (without those under Article 19).</summary>
    public async Task<IReadOnlyList<string>> VotersAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("/api/states?body=GA", UriKind.Relative), cancellationToken);
        var states = await ReadAsync<StatesAnswer>(response, "GET /api/states?body=GA", cancellationToken);
        return [.. states.Members.Where(m => m.NoVote is null).Select(m => m.Code)];
    }

    /// <summary>Sends a command as <paramref name="token"/>; answers the stream's new version.</summary>
    public async Task<long> CommandAsync(string path, object body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        return (await ReadAsync<CommandAnswer>(response, "POST " + path, cancellationToken)).Version;
    }

    /// <summary>Casts a ballot; answers the acknowledgement, which names the meeting's stream version the vote became.</summary>
    /// <remarks>Through the raw client when there is one: these are the requests the load times.</remarks>
    public async Task<BallotAnswer> CastAsync(string meeting, string state, string vote, string idempotencyKey, string token, CancellationToken cancellationToken)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/meetings/{meeting}/votes/current/ballots");
        var what = $"ballot {state} {vote} in {meeting}";
        if (raw is null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { state, vote }, options: Json) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            using var response = await http.SendAsync(request, cancellationToken);
            return await ReadAsync<BallotAnswer>(response, what, cancellationToken);
        }

        var (status, body) = await raw.PostAsync(path, $$"""{"state":"{{state}}","vote":"{{vote}}"}""", ["Authorization: Bearer " + token, "Idempotency-Key: " + idempotencyKey], cancellationToken);
        if (status is < 200 or > 299)
        {
            var problem = System.Text.Encoding.UTF8.GetString(body);
            throw new LoadFailure($"{what}: {status} {problem[..Math.Min(problem.Length, 300)]}");
        }

        return JsonSerializer.Deserialize<BallotAnswer>(body, Json) ?? throw new LoadFailure($"{what}: an empty answer");
    }

    public async Task<VoteAnswer> CurrentVoteAsync(string meeting, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri($"/api/meetings/{meeting}/votes/current", UriKind.Relative), cancellationToken);
        return await ReadAsync<VoteAnswer>(response, $"GET the vote of {meeting}", cancellationToken);
    }

    /// <summary>The meeting's stream version, from its ETag.</summary>
    public async Task<long> MeetingVersionAsync(string meeting, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri($"/api/meetings/{meeting}", UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode || response.Headers.ETag is not { } etag)
        {
            throw new LoadFailure($"GET /api/meetings/{meeting}: {(int)response.StatusCode} without an ETag");
        }

        return long.Parse(etag.Tag.Trim('"'), CultureInfo.InvariantCulture);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new LoadFailure($"{what}: {(int)response.StatusCode} {problem[..Math.Min(problem.Length, 300)]}");
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new LoadFailure($"{what}: an empty answer");
    }

    private sealed record TokenAnswer(string AccessToken);

    private sealed record StatesAnswer(IReadOnlyList<MemberAnswer> Members);

    private sealed record MemberAnswer(string Code, string? NoVote);

    private sealed record CommandAnswer(long Version);
}

internal sealed record BallotAnswer(string Meeting, int Question, string State, string Vote, long Version);

internal sealed record VoteAnswer(TallyAnswer Tally, IReadOnlyList<StateVoteAnswer> Votes);

internal sealed record TallyAnswer(int Yes, int No, int Abstain, int NonVoting);

internal sealed record StateVoteAnswer(string State, string? Vote);
