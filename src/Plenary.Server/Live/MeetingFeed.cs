using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Hosting;

namespace Plenary.Server.Live;

/// <summary>The in-process feed of committed meeting events: what the API appends is published here, and watchers (SSE, the SignalR group) receive it in stream version order.</summary>
/// <remarks>
/// Per meeting the feed keeps <c>delivered</c>, the version up to which events have been pushed (or
/// are left to the log). Publications may arrive out of order from concurrent requests: anything at
/// or below <c>delivered</c> is dropped, and a gap is filled from the log, where every version below
/// a committed one already is. A subscriber takes <c>delivered</c> under the meeting's gate, reads
/// what came before from the log and gets the rest live, so nothing is missed or sent twice.
/// </remarks>
public sealed partial class MeetingFeed(Chamber chamber, IHubContext<MeetingHub, IMeetingClient> hub, ILogger<MeetingFeed> logger)
{
    /// <summary>Live events a subscriber may fall behind by before the feed drops them (the subscriber then reads them from the log).</summary>
    public const int SubscriberCapacity = 1024;

    /// <summary>Group sends a meeting may have under way at once; past this the feed waits for the oldest, so a stalled watcher cannot make its queue grow without end.</summary>
    private const int MaxSendsInFlight = 256;

    private readonly ConcurrentDictionary<string, Room> _rooms = new(StringComparer.Ordinal);

    /// <summary>Raised with the meeting events of each command this process committed, for other processes (the Redis backplane).</summary>
    public event Action<IReadOnlyList<RecordedEvent>>? Committed;

    /// <summary>Publishes what a command appended, after the append returned; returns at once.</summary>
    public void Publish(IReadOnlyList<RecordedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        List<RecordedEvent>? committed = null;
        foreach (var stream in events.GroupBy(e => e.Stream, StringComparer.Ordinal))
        {
            if (LiveEvent.MeetingOf(stream.Key) is { } meeting)
            {
                RecordedEvent[] ordered = [.. stream.OrderBy(e => e.Version)];
                (committed ??= []).AddRange(ordered);

                // A meeting no one has joined has no room: a watcher creates the room before it
                // reads the meeting's version from the log, so whatever is committed before that is
                // in the log it reads, and whatever after finds the room.
                if (_rooms.ContainsKey(meeting))
                {
                    _ = DeliverAsync(meeting, [.. ordered.Select(e => LiveEvent.From(meeting, e))]);
                }
            }
        }

        if (committed is not null)
        {
            Committed?.Invoke(committed);
        }
    }

    /// <summary>Delivers a meeting's events that another process committed, as it announced them; returns at once.</summary>
    /// <remarks>They go through the same ordering as local ones: duplicates are dropped and a gap is read from the log.</remarks>
    public void Receive(string meeting, IReadOnlyList<LiveEvent> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(meeting);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count > 0 && _rooms.ContainsKey(meeting))
        {
            _ = DeliverAsync(meeting, [.. events.OrderBy(e => e.Version)]);
        }
    }

    /// <summary>Delivers, from the log, whatever was committed to a watched meeting beyond what the feed has delivered.</summary>
    /// <remarks>
    /// Announcements between processes can be lost (Redis pub/sub keeps nothing for a subscriber
    /// that is reconnecting, and a publisher cut off from Redis announces nothing); the log has
    /// every event, so this closes the gap without waiting for the meeting's next event.
    /// </remarks>
    /// <returns>How many meetings had events to catch up.</returns>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var behind = 0;
        foreach (var (meeting, room) in _rooms)
        {
            var delivered = Volatile.Read(ref room.Delivered);
            if (delivered < 0)
            {
                continue;
            }

            if (await chamber.Secretariat.Log.StreamVersionAsync(LiveEvent.Stream(meeting), cancellationToken) > delivered)
            {
                behind++;
                await DeliverAsync(meeting, []);
            }
        }

        return behind;
    }

    /// <summary>Subscribes to a meeting's live events; <see cref="FeedSubscription.From"/> is the version after which they start.</summary>
    public async Task<FeedSubscription> SubscribeAsync(string meeting, CancellationToken cancellationToken)
    {
        var room = RoomOf(meeting);
        await room.Gate.WaitAsync(cancellationToken);
        try
        {
            await InitialiseAsync(meeting, room, cancellationToken);
            var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(SubscriberCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, SingleWriter = true });
            lock (room.Sync)
            {
                room.Subscribers = room.Subscribers.Add(channel.Writer);
            }

            return new FeedSubscription(room.Delivered, channel.Reader, () =>
            {
                lock (room.Sync)
                {
                    room.Subscribers = room.Subscribers.Remove(channel.Writer);
                }
            });
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>Joins a meeting's SignalR group and sends the events after <paramref name="afterVersion"/> before any live one reaches the group.</summary>
    public async Task JoinAsync(string meeting, long afterVersion, Func<Task> addToGroup, Func<IReadOnlyList<LiveEvent>, Task> sendMissed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addToGroup);
        ArgumentNullException.ThrowIfNull(sendMissed);
        var room = RoomOf(meeting);
        await room.Gate.WaitAsync(cancellationToken);
        try
        {
            await InitialiseAsync(meeting, room, cancellationToken);
            await addToGroup();
            await sendMissed(await ReadAsync(meeting, afterVersion + 1, room.Delivered, cancellationToken));
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>The meeting's events from the log with versions in [<paramref name="fromVersion"/>, <paramref name="toVersion"/>].</summary>
    public async Task<IReadOnlyList<LiveEvent>> ReadAsync(string meeting, long fromVersion, long toVersion, CancellationToken cancellationToken)
    {
        if (fromVersion > toVersion)
        {
            return [];
        }

        var recorded = await chamber.Secretariat.Log.ReadStreamAsync(LiveEvent.Stream(meeting), Math.Max(1, fromVersion), cancellationToken);
        return [.. recorded.Where(e => e.Version <= toVersion).Select(e => LiveEvent.From(meeting, e))];
    }

    private Room RoomOf(string meeting) => _rooms.GetOrAdd(meeting, _ => new Room());

    private async Task InitialiseAsync(string meeting, Room room, CancellationToken cancellationToken)
    {
        if (room.Delivered < 0)
        {
            room.Delivered = await chamber.Secretariat.Log.StreamVersionAsync(LiveEvent.Stream(meeting), cancellationToken);
        }
    }

    /// <param name="events">In version order; none to deliver whatever the log has after what was delivered.</param>
    private async Task DeliverAsync(string meeting, LiveEvent[] events)
    {
        var room = RoomOf(meeting);
        await room.Gate.WaitAsync();
        try
        {
            if (room.Delivered < 0)
            {
                if (events.Length == 0)
                {
                    return;
                }

                // No one has watched this meeting yet: what came before is left to the log.
                room.Delivered = events[0].Version - 1;
            }

            IReadOnlyList<LiveEvent> fresh = events.Length == 0 || events[0].Version > room.Delivered + 1
                ? await ReadAsync(meeting, room.Delivered + 1, long.MaxValue, CancellationToken.None)
                : [.. events.Where(e => e.Version > room.Delivered)];
            if (fresh.Count == 0)
            {
                return;
            }

            Volatile.Write(ref room.Delivered, fresh[^1].Version);
            var subscribers = room.Subscribers;
            var group = hub.Clients.Group(MeetingHub.Group(meeting));
            foreach (var liveEvent in fresh)
            {
                foreach (var subscriber in subscribers)
                {
                    subscriber.TryWrite(liveEvent);
                }

                // Issued in version order under the gate, and SignalR queues each connection's
                // writes in the order they are issued: the sends overlap (a slow watcher no longer
                // holds up the rest of the meeting) without reordering anyone's events.
                room.Sending.Enqueue(group.EventRecorded(liveEvent));
                while (room.Sending.TryPeek(out var oldest) && (oldest.IsCompleted || room.Sending.Count > MaxSendsInFlight))
                {
                    await room.Sending.Dequeue();
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogDeliveryFailed(exception, meeting);
        }
        finally
        {
            room.Gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Live delivery for meeting {Meeting} failed; watchers catch up from the log")]
    private partial void LogDeliveryFailed(Exception exception, string meeting);

    private sealed class Room
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Lock Sync { get; } = new();

        // A field, so the catch-up sweep can read it without taking the gate.
        public long Delivered = -1;

        public ImmutableArray<ChannelWriter<LiveEvent>> Subscribers { get; set; } = [];

        /// <summary>The group sends not yet known to be done, oldest first; touched only under the gate.</summary>
        public Queue<Task> Sending { get; } = new();
    }
}

/// <summary>A subscription to a meeting's live events, which start after version <see cref="From"/>; dispose to leave.</summary>
public sealed class FeedSubscription(long from, ChannelReader<LiveEvent> reader, Action leave) : IDisposable
{
    public long From { get; } = from;

    public ChannelReader<LiveEvent> Reader { get; } = reader;

    public void Dispose() => leave();
}
