using System.Net;
using Bunit;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Tests.Components.Delegation;

/// <summary>bUnit over a real server: pages get the server's chamber, feed and accounts, and a <see cref="Desk"/> signed in as a demo account (or nobody).</summary>
internal static class ConsoleContext
{
    public static Task<BunitContext> CreateAsync(PlenaryApp app, string? username, bool interactive = true) =>
        ServerBunit.CreateAsync(app, username, interactive);

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
}
