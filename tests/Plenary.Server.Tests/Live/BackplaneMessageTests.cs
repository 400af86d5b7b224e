using Plenary.Domain.Meetings;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Live;

namespace Plenary.Server.Tests.Live;

public sealed class BackplaneMessageTests
{
    private static readonly RecordedEvent Cast = new("meeting-es-11", 7, 42, new VoteCountsRecorded(1, 141, 5, 35)) { RecordedAt = new DateTimeOffset(2022, 3, 2, 16, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void A_process_tells_its_own_announcement_from_its_first_bytes_and_no_one_else_s()
    {
        var json = BackplaneMessage.From("a1b2c3", [Cast]).ToJson();

        Assert.True(BackplaneMessage.IsFrom(json, "a1b2c3"));
        Assert.False(BackplaneMessage.IsFrom(json, "a1b2"));
        Assert.False(BackplaneMessage.IsFrom(json, "a1b2c3d4"));
        Assert.False(BackplaneMessage.IsFrom(BackplaneMessage.From("ffff00", [Cast]).ToJson(), "a1b2c3"));
        Assert.False(BackplaneMessage.IsFrom("not json", "a1b2c3"));
    }

    [Fact]
    public void What_is_not_told_by_its_start_is_still_parsed_in_full()
    {
        var json = BackplaneMessage.From("ffff00", [Cast]).ToJson();

        var message = BackplaneMessage.Parse(json);

        Assert.Equal("ffff00", message.Origin);
        Assert.Equal(("meeting-es-11", 7L, 42L), (message.Events.Single().Stream, message.Events.Single().Version, message.Events.Single().Position));
    }
}
