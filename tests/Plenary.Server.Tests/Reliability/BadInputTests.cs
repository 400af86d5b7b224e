using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Plenary.Server.Tests.Reliability;

/// <summary>Issue 3 §6: bad input at every command endpoint is a 4xx problem details answer, never a 5xx, and writes nothing.</summary>
/// <remarks>The endpoints come from the app's own route table, so a new one is covered as soon as it is mapped.</remarks>
public sealed class BadInputTests : IAsyncLifetime
{
    private CommandWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await CommandWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public void The_command_endpoints_are_found_in_the_route_table()
    {
        var routes = _world.Endpoints.Select(e => e.ToString()).ToList();

        Assert.Contains("POST /api/meetings/{id}/votes/current/ballots", routes);
        Assert.Contains("POST /api/drafts/", routes);
        Assert.Contains("POST /api/accounts/delegations", routes);
        Assert.True(_world.JsonEndpoints.Count() >= 20, string.Join(Environment.NewLine, routes));
        Assert.All(_world.Endpoints, e => e.Path(CommandWorld.Existing));
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_that_writes_nothing()
    {
        var faults = new List<string>();
        foreach (var endpoint in _world.JsonEndpoints)
        {
            var bodies = endpoint.BodyOptional ? BadInput.Malformed : [.. BadInput.Malformed, string.Empty];
            foreach (var json in bodies)
            {
                var outcome = await SendJsonAsync(endpoint, json);
                faults.AddIfFault(outcome.Fault());
                faults.AddIf(outcome.Status != HttpStatusCode.BadRequest && !outcome.Accepted, $"{outcome}: not 400");
            }
        }

        AssertNone(faults);
    }

    [Fact]
    public async Task Values_of_the_wrong_type_and_bodies_of_the_wrong_shape_are_400_problems()
    {
        var faults = new List<string>();
        foreach (var endpoint in _world.JsonEndpoints)
        {
            foreach (var json in BadInput.WrongShapes)
            {
                faults.AddIfFault((await SendJsonAsync(endpoint, json)).Fault());
            }

            foreach (var (name, type) in endpoint.Fields)
            {
                foreach (var wrong in BadInput.WrongTypes(type))
                {
                    var body = _world.Plausible(endpoint);
                    body[name] = wrong?.DeepClone();
                    var outcome = await SendJsonAsync(endpoint, body.ToJsonString());
                    faults.AddIfFault(outcome.Fault());
                    faults.AddIf(outcome.Status != HttpStatusCode.BadRequest, $"{outcome}: {name} = {wrong?.ToJsonString()} is not 400");
                }
            }
        }

        AssertNone(faults);
    }

    [Fact]
    public async Task Unknown_State_body_meeting_and_draft_codes_are_4xx_problems_that_write_nothing()
    {
        var faults = new List<string>();
        string[] codeFields = ["state", "body", "members", "sponsors", "coSponsors", "mustAbstain", "intended", "vote", "on", "draft", "meeting"];
        foreach (var endpoint in _world.JsonEndpoints)
        {
            foreach (var (name, type) in endpoint.Fields.Where(f => codeFields.Contains(f.Name)))
            {
                foreach (var code in BadInput.UnknownCodes)
                {
                    var body = _world.Plausible(endpoint);
                    body[name] = type == typeof(string) ? code : new JsonArray("UKR", code);
                    faults.AddIfFault((await SendJsonAsync(endpoint, body.ToJsonString())).Fault());
                }
            }
        }

        foreach (var endpoint in _world.Endpoints)
        {
            foreach (var parameter in endpoint.Parameters)
            {
                foreach (var code in new[] { "XYZ", "no-such-thing", "A/99/L.99", "0", "99999" })
                {
                    var values = new Dictionary<string, string>(CommandWorld.Existing) { [parameter] = code };
                    var content = endpoint.HasJsonBody ? Json(_world.Plausible(endpoint).ToJsonString()) : null;
                    faults.AddIfFault((await _world.SendAsync(endpoint.Method, endpoint.Path(values), content)).Fault());
                }
            }
        }

        AssertNone(faults);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_with_or_without_a_length()
    {
        var faults = new List<string>();
        var huge = "{\"title\": \"" + new string('x', 200_000) + "\"}";
        foreach (var endpoint in _world.Endpoints)
        {
            var path = endpoint.Path(CommandWorld.Existing);
            var outcome = await _world.SendAsync(endpoint.Method, path, Json(huge));
            faults.AddIfFault(outcome.Fault());
            faults.AddIf(outcome.Status != HttpStatusCode.RequestEntityTooLarge, $"{outcome}: not 413");

            // Chunked: no Content-Length to refuse it by, so the limit has to hold while the body is read.
            var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
            chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var streamed = await _world.SendAsync(endpoint.Method, path, chunked, r => r.Headers.TransferEncodingChunked = true);
            faults.AddIfFault(streamed.Fault());
        }

        AssertNone(faults);
    }

    [Fact]
    public async Task Injection_strings_in_every_text_field_are_refused_with_a_problem_or_stored_verbatim()
    {
        var faults = new List<string>();
        foreach (var endpoint in _world.JsonEndpoints)
        {
            foreach (var field in endpoint.TextFields)
            {
                foreach (var text in BadInput.Injections)
                {
                    var body = _world.Plausible(endpoint);
                    body[field] = text;
                    var outcome = await SendJsonAsync(endpoint, body.ToJsonString());
                    faults.AddIfFault(field is "username" or "password" ? outcome.Fault() : outcome.FaultWithText(text));
                }
            }
        }

        foreach (var endpoint in _world.Endpoints)
        {
            foreach (var parameter in endpoint.Parameters)
            {
                foreach (var text in BadInput.PathInjections)
                {
                    var values = new Dictionary<string, string>(CommandWorld.Existing) { [parameter] = text };
                    var content = endpoint.HasJsonBody ? Json(_world.Plausible(endpoint).ToJsonString()) : null;
                    // A text such as "null" may name a meeting or a draft an earlier request created.
                    faults.AddIfFault((await _world.SendAsync(endpoint.Method, endpoint.Path(values), content)).Fault(mayAccept: true));
                }
            }
        }

        foreach (var text in BadInput.Injections.Where(t => t.Length < 1000))
        {
            var csv = $"state,name,email\nUKR,\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",delegate@example.org\n";
            var outcome = await _world.SendAsync("POST", "/api/accounts/delegations", new StringContent(csv, Encoding.UTF8, "text/csv"));
            faults.AddIfFault(outcome.FaultWithText(text));
        }

        AssertNone(faults);
    }

    [Fact]
    public async Task Invalid_UTF_8_in_any_text_field_is_a_400_problem_that_writes_nothing()
    {
        var faults = new List<string>();
        foreach (var endpoint in _world.JsonEndpoints)
        {
            foreach (var field in endpoint.TextFields)
            {
                foreach (var bytes in BadInput.InvalidUtf8)
                {
                    var body = _world.Plausible(endpoint);
                    body[field] = "\u0001MARK\u0001";
                    var json = body.ToJsonString().Split("\\u0001MARK\\u0001");
                    var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes(json[0]), .. bytes, .. Encoding.UTF8.GetBytes(json[1])]);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    var outcome = await _world.SendAsync(endpoint.Method, endpoint.Path(CommandWorld.Existing), content);
                    faults.AddIfFault(outcome.Fault());
                }
            }
        }

        foreach (var bytes in BadInput.InvalidUtf8)
        {
            var content = new ByteArrayContent([.. "state,name,email\nUKR,"u8, .. bytes, .. ",delegate@example.org\n"u8]);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            faults.AddIfFault((await _world.SendAsync("POST", "/api/accounts/delegations", content)).Fault());
        }

        AssertNone(faults);
    }

    [Theory]
    [InlineData("Robert'); DROP TABLE events;--")]
    [InlineData("<script>alert('ES-11')</script>")]
    [InlineData("%s %n {0} ${x}")]
    [InlineData("\u202Eالجمعية\u202C zero\u200Bwidth 😀")]
    public async Task Accepted_text_is_stored_verbatim_and_nothing_in_it_runs(string text)
    {
        var faults = new List<string>();
        var agenda = await _world.SendAsync("POST", "/api/meetings/ga/agenda", Json(new JsonObject { ["title"] = text }.ToJsonString()));
        var revision = await _world.SendAsync("POST", "/api/drafts/A%2FES-11%2FL.1/oral-revisions", Json(new JsonObject { ["revision"] = text }.ToJsonString()));
        var draft = await _world.SendAsync("POST", "/api/drafts", Json(new JsonObject { ["symbol"] = "A/ES-11/L.77", ["body"] = "GA", ["title"] = text, ["coSponsors"] = new JsonArray("UKR") }.ToJsonString()));
        Assert.All([agenda, revision, draft], o => Assert.True(o.Accepted, o.ToString()));

        var (_, meeting) = await _world.App.GetAsync("/api/meetings/ga");
        var (_, original) = await _world.App.GetAsync("/api/drafts/A%2FES-11%2FL.1");
        var (_, submitted) = await _world.App.GetAsync("/api/drafts/A%2FES-11%2FL.77");
        Assert.Equal(text, (string?)meeting!["agenda"]!.AsArray()[^1]!["title"]);
        Assert.Equal(text, (string?)original!["oralRevisions"]!.AsArray()[^1]);
        Assert.Equal(text, (string?)submitted!["title"]);

        // The log still answers, whole: nothing the text said was run.
        var (_, record) = await _world.App.GetAsync("/api/meetings/ga/record");
        Assert.Equal("ga", (string?)record!["id"]);
        Assert.True(await _world.HeadAsync() > 3);
        AssertNone(faults);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<Outcome> SendJsonAsync(CommandEndpoint endpoint, string json) =>
        _world.SendAsync(endpoint.Method, endpoint.Path(CommandWorld.Existing), Json(json));

    private static void AssertNone(List<string> faults) =>
        Assert.True(faults.Count == 0, $"{faults.Count} faults:{Environment.NewLine}{string.Join(Environment.NewLine, faults.Take(40))}");
}

internal static class Faults
{
    public static void AddIfFault(this List<string> faults, string? fault)
    {
        if (fault is not null)
        {
            faults.Add(fault);
        }
    }

    public static void AddIf(this List<string> faults, bool condition, string fault)
    {
        if (condition)
        {
            faults.Add(fault);
        }
    }
}
