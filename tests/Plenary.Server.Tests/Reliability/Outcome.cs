using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plenary.Server.Tests.Reliability;

/// <summary>A request's answer and the log's head around it.</summary>
internal sealed record Outcome(string Request, HttpStatusCode Status, string? MediaType, string Text, long HeadBefore, long HeadAfter)
{
    public bool Accepted => (int)Status is >= 200 and < 300;

    /// <summary>Why the answer is wrong for bad input, or null when it is right: a 4xx problem details answer that wrote nothing, or (if <paramref name="mayAccept"/>) a success.</summary>
    public string? Fault(bool mayAccept = false)
    {
        if (Accepted)
        {
            return mayAccept ? null : $"{this}: accepted";
        }

        if ((int)Status is < 400 or >= 500)
        {
            return $"{this}: not a 4xx";
        }

        if (MediaType != "application/problem+json")
        {
            return $"{this}: not application/problem+json";
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(Text);
        }
        catch (JsonException)
        {
            return $"{this}: the problem is not JSON";
        }

        if (body is not JsonObject problem
            || problem["type"]?.GetValueKind() != JsonValueKind.String
            || problem["title"]?.GetValueKind() != JsonValueKind.String
            || (int?)problem["status"] != (int)Status)
        {
            return $"{this}: the problem lacks type, title or the status";
        }

        if (Text.Contains("   at ", StringComparison.Ordinal))
        {
            return $"{this}: a stack trace";
        }

        return HeadAfter != HeadBefore ? $"{this}: refused, but the log moved from {HeadBefore} to {HeadAfter}" : null;
    }

    /// <summary>Like <see cref="Fault"/>; an accepted text must also come back verbatim (trimmed, as every text field is) in what was recorded.</summary>
    public string? FaultWithText(string text)
    {
        if (!Accepted)
        {
            return Fault();
        }

        // What UTF-8 can carry: a lone surrogate leaves the client as U+FFFD.
        var sent = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Trim();
        return Strings(JsonNode.Parse(Text)).Contains(sent, StringComparer.Ordinal) ? null : $"{this}: accepted, but the text is not recorded verbatim: {Shorten(text)}";
    }

    public override string ToString() => $"{Request} -> {(int)Status} {Shorten(Text)}";

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
