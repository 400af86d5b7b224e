using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>Checks the arguments of an append or a restore and lays the events out after the streams' versions and the log's head.</summary>
/// <remarks>Shared by the stores so that they agree on every rule; each calls it inside its write transaction with the versions it read there.</remarks>
internal static class Placement
{
    /// <summary>Checks the appends and encodes every event before any transaction opens.</summary>
    /// <exception cref="ArgumentException">A stream id is empty, a version negative, or an event type has no stable name.</exception>
    public static IReadOnlyList<(StreamAppend Append, IReadOnlyList<EncodedEvent> Encoded)> Encode(JsonEventCodec codec, IReadOnlyList<StreamAppend> appends)
    {
        ArgumentNullException.ThrowIfNull(appends);
        var encoded = new List<(StreamAppend, IReadOnlyList<EncodedEvent>)>(appends.Count);
        foreach (var append in appends)
        {
            Check(append);
            encoded.Add((append, [.. append.Events.Select(codec.Encode)]));
        }

        return encoded;
    }

    public static void Check(StreamAppend append)
    {
        ArgumentNullException.ThrowIfNull(append);
        CheckStream(append.Stream);
        ArgumentOutOfRangeException.ThrowIfNegative(append.ExpectedVersion);
        ArgumentNullException.ThrowIfNull(append.Events);
    }

    public static void CheckStream(string stream)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        if (stream.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A stream id cannot hold a NUL character.", nameof(stream));
        }
    }

    /// <summary>The events of <paramref name="appends"/> with their versions and positions.</summary>
    /// <exception cref="ConcurrencyConflict">A stream is not at its expected version, counting earlier appends to it in the same call.</exception>
    public static List<StoredEvent> Appends(
        IReadOnlyList<(StreamAppend Append, IReadOnlyList<EncodedEvent> Encoded)> appends,
        IReadOnlyDictionary<string, long> versions,
        long head,
        DateTimeOffset recordedAt)
    {
        // Only this call's streams: the versions given may cover every stream a log knows.
        var current = new Dictionary<string, long>(StringComparer.Ordinal);
        var placed = new List<StoredEvent>();
        foreach (var (append, encoded) in appends)
        {
            var version = current.TryGetValue(append.Stream, out var moved) ? moved : versions.GetValueOrDefault(append.Stream);
            if (version != append.ExpectedVersion)
            {
                throw new ConcurrencyConflict(append.Stream, append.ExpectedVersion, version);
            }

            foreach (var e in encoded)
            {
                version++;
                head++;
                placed.Add(new StoredEvent(head, append.Stream, version, e.Name, e.SchemaVersion, e.Data, recordedAt));
            }

            current[append.Stream] = version;
        }

        return placed;
    }

    /// <summary>Restored events with this log's positions.</summary>
    /// <exception cref="ConcurrencyConflict">An event's version does not follow its stream's current version.</exception>
    public static List<StoredEvent> Restored(IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<string, long> versions, long head)
    {
        var current = new Dictionary<string, long>(versions, StringComparer.Ordinal);
        var placed = new List<StoredEvent>(events.Count);
        foreach (var e in events)
        {
            var version = current.GetValueOrDefault(e.Stream);
            if (e.Version != version + 1)
            {
                throw new ConcurrencyConflict(e.Stream, e.Version - 1, version);
            }

            current[e.Stream] = e.Version;
            head++;
            placed.Add(e with { Position = head, RecordedAt = RecordedAt.Truncate(e.RecordedAt) });
        }

        return placed;
    }

    /// <summary>Checks restored events before any transaction opens.</summary>
    public static void Check(IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e);
            CheckStream(e.Stream);
            ArgumentException.ThrowIfNullOrEmpty(e.Name);
            ArgumentNullException.ThrowIfNull(e.Data);
            ArgumentOutOfRangeException.ThrowIfLessThan(e.Version, 1);
        }
    }

    /// <summary>The recorded form of appended events, pairing each stored row with the event object it came from.</summary>
    public static IReadOnlyList<RecordedEvent> Recorded(IReadOnlyList<StreamAppend> appends, List<StoredEvent> placed) =>
    [
        .. appends.SelectMany(a => a.Events).Zip(placed, (e, s) => new RecordedEvent(s.Stream, s.Version, s.Position, e) { RecordedAt = s.RecordedAt }),
    ];
}
