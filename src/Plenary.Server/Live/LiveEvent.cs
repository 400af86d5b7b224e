using System.Text.Json;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Server.Live;

/// <summary>One committed event of a meeting as watchers receive it: the meeting, the stream version, the stable event name and its JSON.</summary>
public sealed record LiveEvent(string Meeting, long Version, string Name, JsonElement Data, DateTimeOffset RecordedAt)
{
    private const string StreamPrefix = "meeting-";

    /// <summary>The meeting a stream belongs to, or null when it is not a meeting's stream.</summary>
    public static string? MeetingOf(string stream) =>
        stream.StartsWith(StreamPrefix, StringComparison.Ordinal) ? stream[StreamPrefix.Length..] : null;

    public static LiveEvent From(string meeting, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);

        var encoded = JsonEventCodec.Default.Encode(Watched(recorded.Event));
        using var document = JsonDocument.Parse(encoded.Data);
        return new LiveEvent(meeting, recorded.Version, encoded.Name, document.RootElement.Clone(), recorded.RecordedAt);
    }

    /// <summary>An event as watchers get it, from this process or from another one through the backplane.</summary>
    /// <remarks>A delegation's reference for its ballot answers its retries from the log; watchers have no use for it, and each of thousands of deliveries would carry it.</remarks>
    internal static object Watched(object committed) =>
        committed is VoteCast { Reference: not null } cast ? cast with { Reference = null } : committed;

    internal static string Stream(string meeting) => Secretariat.MeetingStream(meeting);
}
