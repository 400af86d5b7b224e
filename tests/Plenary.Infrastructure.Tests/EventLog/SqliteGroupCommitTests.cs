using Microsoft.Extensions.Time.Testing;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>Group commit in the SQLite log: concurrent appends share transactions, yet each stands or falls alone.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TemporarySqliteFile _file = new("plenary-group");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2022, 3, 2, 15, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ConnectionString => _file.ConnectionString;

    public void Dispose() => _file.Dispose();

    private static StreamAppend To(string stream, long expected, int tag) => new(stream, expected, [new VoteCountsRecorded(tag, 1, 0, 0)]);

    [Fact]
    public async Task Concurrent_appends_share_transactions_and_all_commit_without_gaps()
    {
        const int Appends = 400;
        await using var log = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        using var start = new SemaphoreSlim(0);

        var appends = Enumerable.Range(1, Appends).Select(n => Task.Run(
            async () =>
            {
                await start.WaitAsync(Ct);
                return await log.AppendAsync([To($"meeting-{n}", 0, n)], Ct);
            },
            Ct)).ToList();
        start.Release(Appends);
        var recorded = await Task.WhenAll(appends);

        Assert.All(recorded, r => Assert.Equal(1, r.Single().Version));
        Assert.Equal(Enumerable.Range(1, Appends).Select(p => (long)p), recorded.Select(r => r.Single().Position).Order());
        Assert.True(log.Transactions < Appends, $"{Appends} appends took {log.Transactions} transactions: none were grouped.");
        var all = await log.ReadAllAsync(1, 1000, Ct);
        Assert.Equal(recorded.Select(r => (r.Single().Stream, r.Single().Position)).OrderBy(p => p.Position), all.Select(r => (r.Stream, r.Position)));
    }

    [Fact]
    public async Task In_a_group_an_append_whose_stream_moved_is_refused_alone()
    {
        const int Rivals = 100, Others = 100;
        await using var log = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        using var start = new SemaphoreSlim(0);

        async Task<bool> Append(StreamAppend append)
        {
            await start.WaitAsync(Ct);
            try
            {
                await log.AppendAsync([append], Ct);
                return true;
            }
            catch (ConcurrencyConflict)
            {
                return false;
            }
        }

        var rivals = Enumerable.Range(1, Rivals).Select(n => Task.Run(() => Append(To("meeting-contested", 0, n)), Ct)).ToList();
        var others = Enumerable.Range(1, Others).Select(n => Task.Run(() => Append(To($"meeting-{n}", 0, n)), Ct)).ToList();
        start.Release(Rivals + Others);

        Assert.Single(await Task.WhenAll(rivals), won => won);
        Assert.All(await Task.WhenAll(others), Assert.True);
        var all = await log.ReadAllAsync(1, 1000, Ct);
        Assert.Equal(Enumerable.Range(1, Others + 1).Select(p => (long)p), all.Select(r => r.Position));
        Assert.Single(all, r => r.Stream == "meeting-contested");
    }

    [Fact]
    public async Task Another_process_writes_are_never_overwritten_and_are_seen_from_the_next_write_on()
    {
        await using var first = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        await using var second = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);

        await first.AppendAsync([To("meeting-1", 0, 1)], Ct);

        // The second log believes the stream is new: its append is refused, not written over the first.
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflict>(() => second.AppendAsync([To("meeting-1", 0, 2)], Ct));
        Assert.Equal(1, conflict.Actual);
        var seen = await second.ReadAllAsync(1, 10, Ct);
        Assert.Equal([("meeting-1", 1L, 1L)], seen.Select(r => (r.Stream, r.Version, r.Position)));

        await second.AppendAsync([To("meeting-1", 1, 2)], Ct);
        Assert.Equal([1L, 2L], (await first.ReadStreamAsync("meeting-1", 1, Ct)).Select(r => r.Position));
    }

    [Fact]
    public async Task A_version_remembered_before_another_process_wrote_is_checked_against_the_file()
    {
        await using var first = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        await using var second = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        await first.AppendAsync([To("meeting-1", 0, 1)], Ct);
        await second.AppendAsync([To("meeting-1", 1, 2)], Ct);

        // The first log last wrote version 1: expecting 1 is now stale, and the file says so.
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflict>(() => first.AppendAsync([To("meeting-1", 1, 3)], Ct));
        Assert.Equal(2, conflict.Actual);

        // Expecting 2 is right, though the first log never wrote it.
        var recorded = await first.AppendAsync([To("meeting-1", 2, 3)], Ct);
        Assert.Equal((3L, 3L), (recorded.Single().Version, recorded.Single().Position));
        Assert.Equal([1L, 2L, 3L], (await second.ReadStreamAsync("meeting-1", 1, Ct)).Select(r => r.Version));
    }

    [Fact]
    public async Task A_stream_taken_for_new_that_is_not_is_refused_alone_in_its_group()
    {
        const int Others = 50;
        await using var first = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        await using var second = await SqliteEventLog.OpenAsync(ConnectionString, _clock, Ct);
        await first.AppendAsync([To("meeting-1", 0, 1)], Ct);
        using var start = new SemaphoreSlim(0);

        // The second log has never seen meeting-1: appending as if it were new is refused by the
        // file's unique key, and the group is redone without it.
        var contested = Task.Run(async () => { await start.WaitAsync(Ct); return await second.AppendAsync([To("meeting-1", 0, 2)], Ct); }, Ct);
        var others = Enumerable.Range(1, Others).Select(n => Task.Run(async () => { await start.WaitAsync(Ct); return await second.AppendAsync([To($"other-{n}", 0, n)], Ct); }, Ct)).ToList();
        start.Release(Others + 1);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflict>(() => contested);
        Assert.Equal(1, conflict.Actual);
        var committed = await Task.WhenAll(others);
        Assert.All(committed, r => Assert.Equal(1, r.Single().Version));
        Assert.Equal(Enumerable.Range(2, Others).Select(p => (long)p), committed.Select(r => r.Single().Position).Order());
        Assert.Equal([1L], (await first.ReadStreamAsync("meeting-1", 1, Ct)).Select(r => r.Version));
    }

    [Fact]
    public async Task An_append_arriving_as_the_writer_finishes_is_never_left_waiting()
    {
        const int Rounds = 300;
        await using var log = await SqliteEventLog.OpenAsync(ConnectionString + ";Pooling=False", _clock, Ct);
        for (var round = 1; round <= Rounds; round++)
        {
            // Small bursts, so that appends keep arriving just as the writer empties the queue and
            // lets go of the gate; each must be written without waiting for a later append.
            var burst = Enumerable.Range(1, 1 + (round % 3)).Select(n => Task.Run(() => log.AppendAsync([To($"meeting-{round}-{n}", 0, n)], Ct), Ct));
            var recorded = await Task.WhenAll(burst).WaitAsync(TimeSpan.FromSeconds(30), Ct);
            Assert.All(recorded, r => Assert.Equal(1, r.Single().Version));
        }
    }
}
