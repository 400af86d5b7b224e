using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

public class InMemoryEventLogTests : EventLogContract
{
    protected override Task<IEventLog> CreateLogAsync() => Task.FromResult<IEventLog>(new InMemoryEventLog(Clock));

    [Fact]
    public async Task The_synchronous_members_the_secretariat_uses_share_the_same_log()
    {
        var log = new InMemoryEventLog(Clock);

        Assert.Equal(2, log.Append("a", 0, [Cast(1), Cast(2)]));
        await log.AppendAsync([To("a", 2, Cast(3))], Ct);
        Assert.Throws<ConcurrencyConflict>(() => log.Append("a", 2, [Cast(4)]));
        log.TruncateTo(2);

        Assert.Equal((2L, 2L), (log.Version("a"), log.Position));
        Assert.Equal([Start, Start], log.Read("a").Select(r => r.RecordedAt));
        Assert.Equal(2, await log.HeadPositionAsync(Ct));
    }
}
