using Microsoft.Extensions.Time.Testing;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Tests.EventCodec;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>What every event log promises, run once per store.</summary>
public abstract class EventLogContract : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    protected static readonly DateTimeOffset Start = new(2022, 3, 2, 15, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty log for this test, stamped by <see cref="Clock"/>.</summary>
    protected abstract Task<IEventLog> CreateLogAsync();

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes <paramref name="log"/> when the test ends, if it needs disposing.</summary>
    protected T Own<T>(T log)
    {
        if (log is IAsyncDisposable disposable)
        {
            _owned.Add(disposable);
        }

        return log;
    }

    protected static StateCode Ukr => EventSamples.Ukr;

    protected static VoteCast Cast(int question, Vote vote = Vote.Yes) => new(question, Ukr, vote);

    protected static StreamAppend To(string stream, long expectedVersion, params object[] events) => new(stream, expectedVersion, events);

    protected static void AssertSameEvents(IEnumerable<object> expected, IEnumerable<RecordedEvent> actual) =>
        Assert.Equal(expected.Select(JsonEventCodec.Default.Encode), actual.Select(r => JsonEventCodec.Default.Encode(r.Event)));

    [Fact]
    public async Task A_new_log_is_empty()
    {
        var log = await CreateLogAsync();

        Assert.Equal(0, await log.HeadPositionAsync(Ct));
        Assert.Equal(0, await log.StreamVersionAsync("meeting-1", Ct));
        Assert.Empty(await log.ReadAllAsync(1, 100, Ct));
        Assert.Empty(await log.ReadStreamAsync("meeting-1", 1, Ct));
    }

    [Fact]
    public async Task Appended_events_are_read_back_with_their_versions_and_positions()
    {
        var log = await CreateLogAsync();

        var first = await log.AppendAsync([To("meeting-1", 0, Cast(1), Cast(2), Cast(3))], Ct);
        await log.AppendAsync([To("meeting-2", 0, Cast(4), Cast(5))], Ct);
        var last = await log.AppendAsync([To("meeting-1", 3, Cast(6))], Ct);

        Assert.Equal([(1L, 1L), (2, 2), (3, 3)], first.Select(r => (r.Version, r.Position)));
        Assert.Equal(("meeting-1", 4L, 6L), (last[0].Stream, last[0].Version, last[0].Position));
        var stream = await log.ReadStreamAsync("meeting-1", 1, Ct);
        Assert.Equal([(1L, 1L), (2, 2), (3, 3), (4, 6)], stream.Select(r => (r.Version, r.Position)));
        AssertSameEvents([Cast(1), Cast(2), Cast(3), Cast(6)], stream);
        Assert.Equal([3L, 4L], (await log.ReadStreamAsync("meeting-1", 3, Ct)).Select(r => r.Version));
        Assert.Equal((4L, 2L, 6L), (await log.StreamVersionAsync("meeting-1", Ct), await log.StreamVersionAsync("meeting-2", Ct), await log.HeadPositionAsync(Ct)));
    }

    [Fact]
    public async Task Every_event_type_is_stored_and_read_back()
    {
        var log = await CreateLogAsync();

        await log.AppendAsync([new StreamAppend("samples", 0, EventSamples.All)], Ct);

        AssertSameEvents(EventSamples.All, await log.ReadStreamAsync("samples", 1, Ct));
        Assert.Equal(
            EventSamples.All.Select(JsonEventCodec.Default.Encode),
            (await log.ReadStoredAsync(1, 1000, Ct)).Select(e => new EncodedEvent(e.Name, e.SchemaVersion, e.Data)));
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_writes_nothing()
    {
        var log = await CreateLogAsync();
        await log.AppendAsync([To("meeting-1", 0, Cast(1), Cast(2))], Ct);

        var behind = await Assert.ThrowsAsync<ConcurrencyConflict>(() => log.AppendAsync([To("meeting-1", 0, Cast(3))], Ct));
        var ahead = await Assert.ThrowsAsync<ConcurrencyConflict>(() => log.AppendAsync([To("meeting-1", 5, Cast(3))], Ct));

        Assert.Equal(("meeting-1", 0L, 2L), (behind.Stream, behind.Expected, behind.Actual));
        Assert.Equal((5L, 2L), (ahead.Expected, ahead.Actual));
        Assert.Equal((2L, 2L), (await log.StreamVersionAsync("meeting-1", Ct), await log.HeadPositionAsync(Ct)));
    }

    [Fact]
    public async Task An_append_to_several_streams_is_all_or_nothing()
    {
        var log = await CreateLogAsync();
        await log.AppendAsync([To("b", 0, Cast(1))], Ct);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflict>(() =>
            log.AppendAsync([To("a", 0, Cast(2), Cast(3)), To("b", 0, Cast(4)), To("c", 0, Cast(5))], Ct));
        Assert.Equal("b", conflict.Stream);
        Assert.Equal((0L, 0L, 1L), (await log.StreamVersionAsync("a", Ct), await log.StreamVersionAsync("c", Ct), await log.HeadPositionAsync(Ct)));

        var recorded = await log.AppendAsync([To("a", 0, Cast(2), Cast(3)), To("b", 1, Cast(4)), To("c", 0, Cast(5))], Ct);
        Assert.Equal([("a", 1L, 2L), ("a", 2, 3), ("b", 2, 4), ("c", 1, 5)], recorded.Select(r => (r.Stream, r.Version, r.Position)));
        Assert.Equal(recorded, await log.ReadAllAsync(2, 10, Ct), SameRecord);
    }

    [Fact]
    public async Task Two_appends_to_one_stream_in_one_call_follow_each_other()
    {
        var log = await CreateLogAsync();

        await log.AppendAsync([To("a", 0, Cast(1), Cast(2)), To("a", 2, Cast(3))], Ct);
        await Assert.ThrowsAsync<ConcurrencyConflict>(() => log.AppendAsync([To("a", 3, Cast(4)), To("a", 3, Cast(5))], Ct));

        Assert.Equal([1L, 2L, 3L], (await log.ReadStreamAsync("a", 1, Ct)).Select(r => r.Version));
    }

    [Fact]
    public async Task An_event_without_a_stable_name_is_refused_and_nothing_is_written()
    {
        var log = await CreateLogAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync([To("a", 0, Cast(1)), To("b", 0, "not an event")], Ct));

        Assert.Equal(0, await log.HeadPositionAsync(Ct));
    }

    [Fact]
    public async Task Concurrent_appenders_to_one_stream_lose_nothing_and_duplicate_nothing()
    {
        const int Writers = 8, Appends = 50;
        var log = await CreateLogAsync();

        await Task.WhenAll(Enumerable.Range(1, Writers).Select(writer => Task.Run(
            async () =>
            {
                for (var n = 1; n <= Appends; n++)
                {
                    while (true)
                    {
                        var version = await log.StreamVersionAsync("meeting-1", Ct);
                        try
                        {
                            await log.AppendAsync([To("meeting-1", version, new VoteCountsRecorded(writer, n, 0, 0))], Ct);
                            break;
                        }
                        catch (ConcurrencyConflict)
                        {
                        }
                    }
                }
            },
            Ct)));

        var stream = await log.ReadStreamAsync("meeting-1", 1, Ct);
        Assert.Equal(Enumerable.Range(1, Writers * Appends).Select(v => (long)v), stream.Select(r => r.Version));
        Assert.Equal(Enumerable.Range(1, Writers * Appends).Select(v => (long)v), stream.Select(r => r.Position));
        var written = stream.Select(r => (VoteCountsRecorded)r.Event).ToList();
        foreach (var writer in Enumerable.Range(1, Writers))
        {
            Assert.Equal(Enumerable.Range(1, Appends), written.Where(e => e.Question == writer).Select(e => e.Yes));
        }
    }

    [Fact]
    public async Task Concurrent_appenders_to_different_streams_get_positions_without_gaps()
    {
        const int Writers = 8, Appends = 25;
        var log = await CreateLogAsync();

        await Task.WhenAll(Enumerable.Range(1, Writers).Select(writer => Task.Run(
            async () =>
            {
                for (var n = 0; n < Appends; n++)
                {
                    await log.AppendAsync([To($"meeting-{writer}", n, new VoteCountsRecorded(writer, n + 1, 0, 0))], Ct);
                }
            },
            Ct)));

        var all = await log.ReadAllAsync(1, 1000, Ct);
        Assert.Equal(Enumerable.Range(1, Writers * Appends).Select(p => (long)p), all.Select(r => r.Position));
        foreach (var stream in all.GroupBy(r => r.Stream))
        {
            Assert.Equal(Enumerable.Range(1, Appends).Select(v => (long)v), stream.Select(r => r.Version));
        }
    }

    [Fact]
    public async Task Reading_all_pages_through_the_log_in_position_order()
    {
        var log = await CreateLogAsync();
        for (var i = 0; i < 25; i++)
        {
            var stream = $"meeting-{i % 3}";
            await log.AppendAsync([To(stream, await log.StreamVersionAsync(stream, Ct), Cast(i))], Ct);
        }

        var pages = new List<IReadOnlyList<RecordedEvent>>();
        for (long from = 1; ;)
        {
            var page = await log.ReadAllAsync(from, 10, Ct);
            if (page.Count == 0)
            {
                break;
            }

            pages.Add(page);
            from = page[^1].Position + 1;
        }

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        Assert.Equal(Enumerable.Range(1, 25).Select(p => (long)p), pages.SelectMany(p => p).Select(r => r.Position));
        AssertSameEvents(Enumerable.Range(0, 25).Select(i => Cast(i)), pages.SelectMany(p => p));
        Assert.Empty(await log.ReadAllAsync(1, 0, Ct));
        Assert.Equal([24L, 25L], (await log.ReadAllAsync(24, 10, Ct)).Select(r => r.Position));
    }

    [Fact]
    public async Task Recorded_at_comes_from_the_log_clock_to_the_microsecond()
    {
        var log = await CreateLogAsync();
        Clock.Advance(TimeSpan.FromTicks(1_234_567)); // 0.1234567 s: the 7th digit is below a microsecond

        var first = await log.AppendAsync([To("a", 0, Cast(1), Cast(2))], Ct);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await log.AppendAsync([To("b", 0, Cast(3))], Ct);

        var stamp = Start.AddTicks(1_234_560);
        Assert.Equal([stamp, stamp], first.Select(r => r.RecordedAt));
        Assert.Equal([stamp, stamp, stamp.AddMinutes(5)], (await log.ReadAllAsync(1, 10, Ct)).Select(r => r.RecordedAt));
        Assert.Equal([stamp, stamp, stamp.AddMinutes(5)], (await log.ReadStoredAsync(1, 10, Ct)).Select(r => r.RecordedAt));
        Assert.All(await log.ReadAllAsync(1, 10, Ct), r => Assert.Equal(TimeSpan.Zero, r.RecordedAt.Offset));
    }

    [Fact]
    public async Task Restoring_keeps_names_versions_payloads_and_recorded_at_and_refuses_a_gap()
    {
        var log = await CreateLogAsync();
        await log.AppendAsync([To("other", 0, Cast(1))], Ct);
        var at = new DateTimeOffset(2014, 3, 27, 16, 30, 0, TimeSpan.Zero).AddTicks(10);
        var restored = new[] { Cast(2), Cast(3, Vote.No) }
            .Select(JsonEventCodec.Default.Encode)
            .Select((e, i) => new StoredEvent(100 + i, "GA-68-80", i + 1, e.Name, e.SchemaVersion, e.Data, at.AddSeconds(i)))
            .ToList();

        await log.RestoreAsync(restored, Ct);
        var gap = await Assert.ThrowsAsync<ConcurrencyConflict>(() => log.RestoreAsync([restored[0] with { Stream = "c" }, restored[1] with { Stream = "d" }], Ct));

        Assert.Equal("d", gap.Stream);
        Assert.Equal(restored.Select((e, i) => e with { Position = i + 2 }), (await log.ReadStoredAsync(2, 10, Ct)).ToList());
        Assert.Equal(at.AddSeconds(1), (await log.ReadStreamAsync("GA-68-80", 2, Ct)).Single().RecordedAt);
        Assert.Equal(3, await log.HeadPositionAsync(Ct));
    }

    private static readonly IEqualityComparer<RecordedEvent> SameRecord = EqualityComparer<RecordedEvent>.Create(
        (a, b) => a!.Stream == b!.Stream && a.Version == b.Version && a.Position == b.Position && a.RecordedAt == b.RecordedAt
            && JsonEventCodec.Default.Encode(a.Event) == JsonEventCodec.Default.Encode(b.Event));
}
