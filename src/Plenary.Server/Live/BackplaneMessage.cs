using System.Text.Json;
using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Server.Live;

/// <summary>What a server announces on the Redis channel after a command commits: its meeting events as the log recorded them and the codec encoded them.</summary>
/// <param name="Origin">The announcing process, so that it can ignore its own announcements (it delivered them already).</param>
internal sealed record BackplaneMessage(string Origin, IReadOnlyList<BackplaneEvent> Events)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BackplaneMessage From(string origin, IReadOnlyList<RecordedEvent> events) =>
        new(origin, [.. events.Select(e =>
        {
            // Announced only for other processes' watchers, so as watchers get it.
            var encoded = JsonEventCodec.Default.Encode(LiveEvent.Watched(e.Event));
            return new BackplaneEvent(e.Stream, e.Version, e.Position, encoded.Name, encoded.SchemaVersion, encoded.Data, e.RecordedAt);
        })]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>True when <paramref name="json"/> is a message <see cref="ToJson"/> wrote for <paramref name="origin"/>, told from its first bytes.</summary>
    /// <remarks>
    /// Every process hears its own announcements; with one server, that is every message. Telling
    /// them by their start spares parsing each one in full only to drop it. The origin is written
    /// first, as the record declares it, and is hexadecimal, so it needs no escaping.
    /// </remarks>
    public static bool IsFrom(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        const string Start = "{\"origin\":\"";
        return json.StartsWith(Start, StringComparison.Ordinal)
            && json.AsSpan(Start.Length).StartsWith(origin, StringComparison.Ordinal)
            && json.AsSpan(Start.Length + origin.Length).StartsWith("\"", StringComparison.Ordinal);
    }

    /// <exception cref="JsonException">Not a message of this shape.</exception>
    public static BackplaneMessage Parse(string json)
    {
        var message = JsonSerializer.Deserialize<BackplaneMessage>(json, Json);
        return message is { Origin: not null, Events: not null } && message.Events.All(e => e is { Stream: not null, Name: not null, Data: not null })
            ? message
            : throw new JsonException("A backplane message needs an origin and events with a stream, a name and data.");
    }
}

/// <summary>One committed event in a <see cref="BackplaneMessage"/>; <see cref="Data"/> is the payload exactly as the codec wrote it.</summary>
internal sealed record BackplaneEvent(string Stream, long Version, long Position, string Name, int SchemaVersion, string Data, DateTimeOffset RecordedAt)
{
    /// <summary>The event as watchers receive it; a payload of an older schema is upcast first, as a read from the log would be.</summary>
    /// <exception cref="JsonException">The payload does not decode.</exception>
    public LiveEvent ToLive(string meeting)
    {
        var codec = JsonEventCodec.Default;
        if (codec.TryGetType(Name, out var type) && type.SchemaVersion == SchemaVersion)
        {
            using var document = JsonDocument.Parse(Data);
            return new LiveEvent(meeting, Version, Name, document.RootElement.Clone(), RecordedAt);
        }

        var decoded = codec.Decode(Name, SchemaVersion, Data);
        return LiveEvent.From(meeting, new RecordedEvent(Stream, Version, Position, decoded) { RecordedAt = RecordedAt });
    }
}
