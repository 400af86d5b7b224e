using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Tests.ReferenceData;

namespace Plenary.Infrastructure.Tests.Commands;

public sealed class SecretariatTests
{
    private static readonly DateOnly Day = new(2022, 2, 25);

    [Fact]
    public async Task A_result_is_appended_with_what_follows_on_the_draft_in_one_append()
    {
        var log = new InMemoryEventLog();
        var secretariat = await CouncilVoteAsync(log);
        var before = log.Position;

        var result = await secretariat.ExecuteAsync("sc", new AnnounceResult(), Ct);

        Assert.Equal(["meeting-sc", "draft-S/2022/155"], result.Events.Select(e => e.Stream).Distinct());
        Assert.Equal(Enumerable.Range((int)before + 1, result.Events.Count).Select(p => (long)p), result.Events.Select(e => e.Position));
        Assert.Equal(DraftStatus.Vetoed, (await secretariat.ReadAsync(Ct)).Draft("S/2022/155").Status);
    }

    [Fact]
    public async Task A_batch_decided_on_a_stale_stream_conflicts_and_writes_nothing()
    {
        var log = new InMemoryEventLog();
        var first = await CouncilVoteAsync(log);
        var second = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], log);
        var stale = await second.ReadAsync(Ct);
        await first.ExecuteAsync("sc", new AnnounceResult(), Ct);
        var position = log.Position;

        stale.Execute("sc", new AnnounceResult());

        await Assert.ThrowsAsync<ConcurrencyConflict>(() => second.CommitAsync(stale, Ct));
        Assert.Equal(position, log.Position);
    }

    [Fact]
    public async Task Another_secretariat_on_the_same_log_sees_every_write_after_catching_up()
    {
        var log = new InMemoryEventLog();
        await CouncilVoteAsync(log);
        var other = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], log);

        var meeting = (await other.ReadAsync(Ct)).Meeting("sc");

        Assert.Equal(15, meeting.Current!.Cast().Count());
    }

    [Fact]
    public async Task An_expected_version_that_is_not_the_stream_s_is_refused_before_deciding()
    {
        var log = new InMemoryEventLog();
        var secretariat = await CouncilVoteAsync(log);

        await Assert.ThrowsAsync<StaleVersion>(() => secretariat.ExecuteAsync(Secretariat.MeetingStream("sc"), 1, b => b.Execute("sc", new AnnounceResult()), Ct));
    }

    [Fact]
    public async Task An_announced_lock_is_stored_in_SQLite_folded_by_another_secretariat_and_holds_the_lock_back_until_its_time()
    {
        var announced = new DateTimeOffset(2022, 2, 25, 20, 30, 0, TimeSpan.Zero);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(announced);
        await using var log = await SqliteEventLog.OpenAsync($"Data Source=plenary-{Path.GetRandomFileName()};Mode=Memory;Cache=Shared", clock, Ct);
        var chair = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], log);
        await chair.ExecuteAsync("sc", new OpenMeeting("sc", BodyId.SecurityCouncil, "S/PV.8979", Day, null), Ct);
        await chair.ExecuteAsync("sc", new OpenVote("Motion to adjourn", "procedural", VoteMethod.Recorded), Ct);

        await chair.ExecuteAsync("sc", new AnnounceVoteLock(announced, 20), Ct);
        var other = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], log);
        var seen = (await other.ReadAsync(Ct)).Meeting("sc").Current!;
        var version = await log.StreamVersionAsync(Secretariat.MeetingStream("sc"), Ct);

        Assert.Equal((announced, announced.AddSeconds(20)), (seen.LockAnnouncedAt, seen.LocksAt));
        var early = await Assert.ThrowsAsync<Domain.ProcedureViolation>(() => other.ExecuteAsync("sc", new CloseVoting(announced.AddSeconds(19)), Ct));
        Assert.Equal("lock-before-announced-time", early.Code);
        Assert.Equal(version, await log.StreamVersionAsync(Secretariat.MeetingStream("sc"), Ct));
        await other.ExecuteAsync("sc", new CastVote(StateCode.Parse("ALB"), Vote.Yes), Ct);
        await other.ExecuteAsync("sc", new CloseVoting(announced.AddSeconds(20)), Ct);
        Assert.True((await chair.ReadAsync(Ct)).Meeting("sc").Current!.Closed);
    }

    [Fact]
    public async Task Appends_made_in_this_process_outside_the_secretariat_are_folded_as_they_commit()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2022, 2, 25, 15, 0, 0, TimeSpan.Zero));
        await using var log = await SqliteEventLog.OpenAsync($"Data Source=plenary-{Path.GetRandomFileName()};Mode=Memory;Cache=Shared", clock, Ct);
        var secretariat = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], log);

        await log.AppendAsync([new StreamAppend("meeting-x", 0, [new MeetingOpened("x", BodyId.GeneralAssembly, null, Day, "76")])], Ct);

        // No catch-up was asked for: the log announced its own commit.
        Assert.True(secretariat.Begin().Meeting("x").Opened);
        Assert.Equal(1, secretariat.Begin().Version("meeting-x"));
    }

    [Fact]
    public async Task A_commit_that_follows_another_process_s_unread_events_waits_for_the_catch_up_to_read_them_in_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plenary-secretariat-{Path.GetRandomFileName()}.db");
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2022, 2, 25, 15, 0, 0, TimeSpan.Zero));
        try
        {
            await using var here = await SqliteEventLog.OpenAsync($"Data Source={path}", clock, Ct);
            await using var elsewhere = await SqliteEventLog.OpenAsync($"Data Source={path}", clock, Ct);
            var secretariat = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], here);
            await elsewhere.AppendAsync([new StreamAppend("meeting-x", 0, [new MeetingOpened("x", BodyId.GeneralAssembly, null, Day, "76")])], Ct);

            await here.AppendAsync([new StreamAppend("meeting-x", 1, [new AgendaItemAdopted(1, "Letter dated 28 February 2022")])], Ct);

            Assert.Equal(0, secretariat.Begin().Version("meeting-x"));
            var caughtUp = await secretariat.ReadAsync(Ct);
            Assert.Equal(2, caughtUp.Version("meeting-x"));
            Assert.Equal("Letter dated 28 February 2022", caughtUp.Meeting("x").Agenda.Single().Title);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Secretariat> CouncilVoteAsync(InMemoryEventLog log)
    {
        var secretariat = new Secretariat(RealData.Register, [Body.GeneralAssembly, Body.SecurityCouncil], log);
        await secretariat.ExecuteAsync("sc", new OpenMeeting("sc", BodyId.SecurityCouncil, "S/PV.8979", Day, null), Ct);
        await secretariat.ExecuteAsync("S/2022/155", new SubmitDraft(Day, "S/2022/155", BodyId.SecurityCouncil, null, "Draft", [StateCode.Parse("ALB"), StateCode.Parse("USA")], []), Ct);
        await secretariat.ExecuteAsync("sc", new OpenVote("S/2022/155", "substantive", VoteMethod.Recorded), Ct);
        foreach (var code in new[] { "ALB", "BRA", "FRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR", "GBR", "USA" })
        {
            await secretariat.ExecuteAsync("sc", new CastVote(StateCode.Parse(code), Vote.Yes), Ct);
        }

        await secretariat.ExecuteAsync("sc", new CastVote(StateCode.Parse("RUS"), Vote.No), Ct);
        foreach (var code in new[] { "CHN", "IND", "ARE" })
        {
            await secretariat.ExecuteAsync("sc", new CastVote(StateCode.Parse(code), Vote.Abstain), Ct);
        }

        await secretariat.ExecuteAsync("sc", new CloseVoting(), Ct);
        return secretariat;
    }
}
