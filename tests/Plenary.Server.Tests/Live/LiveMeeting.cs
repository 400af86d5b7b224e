using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Live;

/// <summary>A meeting <c>ga</c> with a recorded vote open, for watching.</summary>
internal static class LiveMeeting
{
    public static async Task OpenAsync(PlenaryApp app)
    {
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));
    }

    public static async Task<long> VersionAsync(PlenaryApp app)
    {
        var (_, meeting) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/meetings/ga"));
        return (long)meeting!["version"]!;
    }
}
