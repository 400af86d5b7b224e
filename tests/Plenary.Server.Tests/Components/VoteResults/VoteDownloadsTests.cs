using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Plenary.Server.Api;

namespace Plenary.Server.Tests.Components.VoteResults;

/// <summary>The record of a vote as CSV and JSON in the UN Digital Library layout, and the result page over HTTP.</summary>
public sealed class VoteDownloadsTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private const string Es11 = $"/meetings/{Results.Es11Meeting}/votes/1";

    [Fact]
    public async Task The_CSV_of_ES_11_1_has_a_row_per_Member_in_the_Digital_Library_layout()
    {
        var response = await seeded.App.CreateClient().GetAsync(Es11 + ".csv", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("A-ES-11-L.1-votes.csv", response.Content.Headers.ContentDisposition.FileNameStar);

        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.Equal(
            "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link",
            lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        var rows = lines[1..^1].Select(l => l.Split(',')).ToList();
        Assert.Equal(193, rows.Count);
        Assert.Equal(141, rows.Count(r => r[3] == "Y"));
        Assert.Equal(5, rows.Count(r => r[3] == "N"));
        Assert.Equal(35, rows.Count(r => r[3] == "A"));
        Assert.Equal(12, rows.Count(r => r[3] == "X"));
        Assert.Contains(",UKR,Ukraine,Y,2022-03-02,ES-11,A/RES/ES-11/1,A/ES-11/L.1,,A/ES-11/PV.5,", lines[1..].Single(l => l.Contains(",UKR,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",141,5,35,12,193,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",VEN,", StringComparison.Ordinal) && l.Contains(",X,", StringComparison.Ordinal) && l.Contains("Article 19", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",CIV,Côte d’Ivoire,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_JSON_has_the_same_rows_with_numbers_for_the_totals()
    {
        var response = await seeded.App.CreateClient().GetAsync(Es11 + ".json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var rows = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal(193, rows.Count);
        Assert.Equal(141, rows.Count(r => (string?)r!["ms_vote"] == "Y"));
        var russia = rows.Single(r => (string?)r!["ms_code"] == "RUS")!;
        Assert.Equal("N", (string?)russia["ms_vote"]);
        Assert.Equal(35, (int)russia["total_abstentions"]!);
        Assert.Equal(193, (int)russia["total_ms"]!);
        Assert.Null(russia["undl_id"]);
    }

    [Fact]
    public async Task A_Council_vote_uses_the_Councils_layout_with_the_permanent_members()
    {
        var (_, body) = await seeded.App.GetAsync("/meetings/SC-20220225-1/votes/1.json");
        var rows = body!.AsArray();
        Assert.Equal(15, rows.Count);
        var russia = rows.Single(r => (string?)r!["ms_code"] == "RUS")!;
        Assert.True((bool)russia["permanent_member"]!);
        Assert.Equal("Recorded Vote", (string?)russia["modality"]);
    }

    [Theory]
    [InlineData("/meetings/no-such-meeting/votes/1.csv", "There is no meeting 'no-such-meeting'.")]
    [InlineData($"/meetings/{Results.Es11Meeting}/votes/99.json", $"There is no question '{Results.Es11Meeting}/99'.")]
    public async Task An_unknown_meeting_or_question_is_a_404_problem(string path, string detail)
    {
        var (response, body) = await seeded.App.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, (int)body!["status"]!);
        Assert.Equal(detail, (string?)body["detail"]);
    }

    [Fact]
    public void CSV_fields_are_quoted_only_when_they_need_it()
    {
        Assert.Equal("plain", VoteDownloadsApi.Escape("plain"));
        Assert.Equal("\"Bolivia, Plurinational State of\"", VoteDownloadsApi.Escape("Bolivia, Plurinational State of"));
        Assert.Equal("\"say \"\"no\"\"\"", VoteDownloadsApi.Escape("say \"no\""));
        Assert.Equal("\"two\r\nlines\"", VoteDownloadsApi.Escape("two\r\nlines"));
    }

    [Fact]
    public async Task The_result_page_is_public_and_an_unknown_vote_is_not_found()
    {
        var client = seeded.App.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = await client.GetStringAsync(Es11, TestContext.Current.CancellationToken);
        Assert.Contains("A/ES-11/L.1 was adopted by a recorded vote of 141 to 5, with 35 abstentions, as resolution A/RES/ES-11/1.", page, StringComparison.Ordinal);
        Assert.Contains("Download CSV", page, StringComparison.Ordinal);
        var missing = await client.GetAsync($"/meetings/{Results.Es11Meeting}/votes/42", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
