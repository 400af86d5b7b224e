using System.Globalization;
using System.Text;
using System.Text.Json;
using Plenary.Domain.Bodies;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.VoteResults;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>The record of a vote as a file in the UN Digital Library's voting-data layout: <c>GET /meetings/{id}/votes/{number}.csv</c> and <c>.json</c>.</summary>
/// <remarks>
/// One row per member with the columns of the Digital Library's bulk files (General Assembly,
/// record 4060887; Security Council, record 4055387, which adds <c>permanent_member</c> and
/// <c>modality</c>): <c>ms_vote</c> is Y, N, A or X (non-voting), names are English. Fields the
/// Library fills from its own catalogue (<c>undl_id</c>, subjects, agenda) stay empty. A
/// non-recorded vote has counts but no rows. CSV: UTF-8 without BOM, CRLF, RFC 4180 quoting.
/// </remarks>
public static class VoteDownloadsApi
{
    private static readonly string[] AssemblyColumns =
    [
        "undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "draft", "committee_report", "meeting", "title", "agenda_title",
        "subjects", "vote_note", "total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link",
    ];

    private static readonly string[] CouncilColumns =
    [
        "undl_id", "ms_code", "ms_name", "permanent_member", "ms_vote", "date", "resolution", "draft", "meeting", "description", "agenda",
        "subjects", "vote_note", "modality", "total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link",
    ];

    private static readonly HashSet<string> NumberColumns = ["total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms"];

    public static IEndpointRouteBuilder MapVoteDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id}/votes/{number:int}.csv", GetCsvAsync).ExcludeFromDescription();
        app.MapGet("/meetings/{id}/votes/{number:int}.json", GetJsonAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> GetCsvAsync(string id, int number, MeetingWatch watch, CancellationToken cancellationToken)
    {
        var (result, columns, rows) = await ReadAsync(id, number, watch, cancellationToken);
        var text = new StringBuilder();
        text.AppendJoin(',', columns).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => Escape(row[c]))).Append("\r\n");
        }

        return Results.File(new UTF8Encoding(false).GetBytes(text.ToString()), "text/csv; charset=utf-8", FileName(result, "csv"));
    }

    public static async Task<IResult> GetJsonAsync(string id, int number, MeetingWatch watch, CancellationToken cancellationToken)
    {
        var (result, columns, rows) = await ReadAsync(id, number, watch, cancellationToken);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var column in columns)
                {
                    var value = row[column];
                    if (NumberColumns.Contains(column))
                    {
                        json.WriteNumber(column, int.Parse(value, CultureInfo.InvariantCulture));
                    }
                    else if (column == "permanent_member")
                    {
                        json.WriteBoolean(column, value == "True");
                    }
                    else if (value.Length == 0)
                    {
                        json.WriteNull(column);
                    }
                    else
                    {
                        json.WriteString(column, value);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Results.File(stream.ToArray(), "application/json; charset=utf-8", FileName(result, "json"));
    }

    private static async Task<(VoteResult Result, string[] Columns, List<Dictionary<string, string>> Rows)> ReadAsync(string id, int number, MeetingWatch watch, CancellationToken cancellationToken)
    {
        var view = await watch.ReadAsync(id, cancellationToken) ?? throw new UnknownResource("meeting", id);
        var result = VoteResult.From(view, number, "en") ?? throw new UnknownResource("question", string.Create(CultureInfo.InvariantCulture, $"{id}/{number}"));
        var council = result.Body == BodyId.SecurityCouncil;
        var tally = result.Tally;
        var rows = new List<Dictionary<string, string>>();
        if (result.PerState)
        {
            foreach (var member in result.Rows)
            {
                rows.Add(new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["undl_id"] = string.Empty,
                    ["ms_code"] = member.Code.Value,
                    ["ms_name"] = member.EnglishName,
                    ["permanent_member"] = member.Permanent ? "True" : "False",
                    ["ms_vote"] = member.Vote switch { Vote.Yes => "Y", Vote.No => "N", Vote.Abstain => "A", _ => "X" },
                    ["date"] = result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["session"] = result.Session ?? string.Empty,
                    ["resolution"] = result.Decision?.Outcome == VoteOutcome.Adopted ? result.Resolution ?? string.Empty : string.Empty,
                    ["draft"] = result.On,
                    ["committee_report"] = string.Empty,
                    ["meeting"] = result.MeetingSymbol ?? string.Empty,
                    ["title"] = result.Title ?? string.Empty,
                    ["description"] = result.Title ?? string.Empty,
                    ["agenda_title"] = string.Empty,
                    ["agenda"] = string.Empty,
                    ["subjects"] = string.Empty,
                    ["vote_note"] = member.NoVote switch
                    {
                        "article-19" => "Article 19",
                        "not-participating" => "Not participating",
                        "must-abstain" => "Obliged to abstain (Article 27(3))",
                        _ => string.Empty,
                    },
                    ["modality"] = result.Method == VoteMethod.RollCall ? "Roll-call Vote" : "Recorded Vote",
                    ["total_yes"] = Number(tally.Yes),
                    ["total_no"] = Number(tally.No),
                    ["total_abstentions"] = Number(tally.Abstain),
                    ["total_non_voting"] = Number(tally.NonVoting),
                    ["total_ms"] = Number(result.Rows.Count),
                    ["undl_link"] = string.Empty,
                });
            }
        }

        return (result, council ? CouncilColumns : AssemblyColumns, rows);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quoted only when needed, a quote doubled inside.</summary>
    internal static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string FileName(VoteResult result, string extension)
    {
        var symbol = new string([.. result.On.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')]);
        return string.Create(CultureInfo.InvariantCulture, $"{symbol}-votes.{extension}");
    }
}
