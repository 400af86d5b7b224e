using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Tests.Records;

public sealed class RecordsKeeperTests
{
    [Fact]
    public async Task A_read_while_the_read_models_never_opened_is_refused_as_unavailable_instead_of_waiting()
    {
        var clock = new FakeTimeProvider();
        var configuration = new ConfigurationBuilder().Build();
        await using var chamber = new Chamber(configuration, clock, NullLogger<Chamber>.Instance);

        // Never started: as if its database did not answer.
        using var keeper = new RecordsKeeper(chamber, configuration, clock, NullLogger<RecordsKeeper>.Instance);
        var read = keeper.CurrentAsync(TestContext.Current.CancellationToken);
        Assert.False(read.IsCompleted);

        clock.Advance(RecordsKeeper.ReadinessWait);
        var refusal = await Assert.ThrowsAsync<ServiceUnavailable>(() => read);
        Assert.Equal(RecordsKeeper.ReadinessWait, refusal.RetryAfter);
    }
}
