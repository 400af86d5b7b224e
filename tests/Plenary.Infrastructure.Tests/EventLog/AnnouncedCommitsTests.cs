using Microsoft.Extensions.Time.Testing;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>A follower of the whole log gets this process's commits from the log's announcements and reads back only what another process wrote.</summary>
public sealed class AnnouncedCommitsTests : IDisposable
{
    private readonly TemporarySqliteFile _file = new("plenary-announced");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2022, 3, 2, 15, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _file.Dispose();

    private static StreamAppend[] To(string stream, long expected, int tag) => [new(stream, expected, [new VoteCountsRecorded(tag, 1, 0, 0)])];

    private static int Tag(RecordedEvent e) => ((VoteCountsRecorded)e.Event).Question;

    [Fact]
    public async Task Own_commits_come_from_the_announcements_and_another_process_s_are_read_in_the_gap_between_them()
    {
        await using var here = await SqliteEventLog.OpenAsync(_file.ConnectionString, _clock, Ct);
        await using var elsewhere = await SqliteEventLog.OpenAsync(_file.ConnectionString, _clock, Ct);
        using var announced = new AnnouncedCommits(here, capacity: 100);

        var first = await here.AppendAsync(To("meeting-a", 0, 1), Ct);
        await elsewhere.AppendAsync(To("meeting-b", 0, 2), Ct);
        await elsewhere.AppendAsync(To("meeting-b", 1, 3), Ct);
        await here.AppendAsync(To("meeting-a", 1, 4), Ct);
        Assert.Equal(2, announced.Count);

        // The announced event itself, not a copy decoded from the file.
        var page = await announced.ReadAllAsync(1, 10, Ct);
        Assert.Same(first[0], Assert.Single(page));

        // Positions 2 and 3 were never announced here: only they are read, and the run stops before 4.
        page = await announced.ReadAllAsync(2, 10, Ct);
        Assert.Equal([2L, 3L], page.Select(e => e.Position));
        Assert.Equal([2, 3], page.Select(Tag));

        page = await announced.ReadAllAsync(4, 10, Ct);
        Assert.Equal(4, Tag(Assert.Single(page)));
        Assert.Equal(0, announced.Count);
        Assert.Empty(await announced.ReadAllAsync(5, 10, Ct));
    }

    [Fact]
    public async Task A_follower_further_behind_than_the_capacity_reads_the_oldest_back_and_a_page_keeps_its_size()
    {
        await using var log = await SqliteEventLog.OpenAsync(_file.ConnectionString, _clock, Ct);
        using var announced = new AnnouncedCommits(log, capacity: 3);
        for (var n = 0; n < 5; n++)
        {
            await log.AppendAsync(To("meeting-a", n, n + 1), Ct);
        }

        Assert.Equal(3, announced.Count);
        var page = await announced.ReadAllAsync(1, 10, Ct);
        Assert.Equal([1, 2], page.Select(Tag));
        page = await announced.ReadAllAsync(3, 2, Ct);
        Assert.Equal([3, 4], page.Select(Tag));
        Assert.Equal(5, Tag(Assert.Single(await announced.ReadAllAsync(5, 10, Ct))));
    }

    [Fact]
    public async Task Once_disposed_it_keeps_nothing_more()
    {
        await using var log = await SqliteEventLog.OpenAsync(_file.ConnectionString, _clock, Ct);
        var announced = new AnnouncedCommits(log, capacity: 10);
        announced.Dispose();
        await log.AppendAsync(To("meeting-a", 0, 1), Ct);
        Assert.Equal(0, announced.Count);
        Assert.Equal(1, Tag(Assert.Single(await announced.ReadAllAsync(1, 10, Ct))));
    }
}
