using System.Globalization;
using Microsoft.Net.Http.Headers;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventCodec;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>ETags from stream versions, <c>If-Match</c> and <c>If-None-Match</c>, and the answer every command gives.</summary>
internal static class Http
{
    public static string ETag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version an <c>If-Match</c> header names, or null when there is none or it is <c>*</c>.</summary>
    public static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        return EntityTagHeaderValue.TryParseList([header], out var tags) && tags.Count == 1 && !tags[0].IsWeak
            && long.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw InvalidInput.Field("If-Match", "If-Match takes one strong ETag as given by a GET, such as \"12\".");
    }

    /// <summary>True when the client's <c>If-None-Match</c> already names this version; sets the ETag either way.</summary>
    public static bool NotModified(HttpContext context, long version)
    {
        var etag = ETag(version);
        context.Response.Headers.ETag = etag;
        var header = context.Request.Headers.IfNoneMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        return header.Trim() == "*"
            || (EntityTagHeaderValue.TryParseList([header], out var tags) && tags.Any(t => string.Equals(t.Tag.ToString(), etag, StringComparison.Ordinal)));
    }

    /// <summary>Runs a command, retrying a few times when another process wrote first and the caller named no version.</summary>
    public static async Task<CommandResult> ExecuteAsync(Secretariat secretariat, HttpContext context, string stream, Action<Batch> commands, CancellationToken cancellationToken)
    {
        var expected = IfMatch(context.Request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await secretariat.ExecuteAsync(stream, expected, commands, cancellationToken);
                context.RequestServices.GetService<Live.MeetingFeed>()?.Publish(result.Events);
                context.Response.Headers.ETag = ETag(result.Version);
                return result;
            }
            catch (Infrastructure.EventLog.ConcurrencyConflict) when (expected is null && attempt < 3)
            {
            }
        }
    }

    public static CommandResponse Response(CommandResult result) =>
        new(result.Version, [.. result.Events.Select(e =>
        {
            var encoded = JsonEventCodec.Default.Encode(e.Event);
            return new EventResponse(e.Stream, e.Version, e.Position, encoded.Name, System.Text.Json.JsonDocument.Parse(encoded.Data).RootElement.Clone(), e.RecordedAt);
        })]);
}

/// <summary>What a command did: the version of the resource it addressed afterwards, and every event it appended.</summary>
public sealed record CommandResponse(long Version, IReadOnlyList<EventResponse> Events);

/// <summary>An event as the log recorded it, under its stable name (see the event catalog).</summary>
public sealed record EventResponse(string Stream, long Version, long Position, string Type, System.Text.Json.JsonElement Data, DateTimeOffset RecordedAt);
