using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Scenarios;
using Plenary.Infrastructure.Tests.Scenarios;

namespace Plenary.Infrastructure.Tests.Projections;

/// <summary>The shipped ES-11 scenario as the appends a server would have committed, one after another.</summary>
internal static class Es11Log
{
    private static readonly Lazy<ScenarioResult> Replayed = new(() =>
    {
        var result = Scenario.Runner.RunFile(Path.Combine(Scenario.RepositoryRoot, "scenarios", "es-11-2022.yaml"));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result;
    });

    public static IReadOnlyList<StreamAppend> Appends => Replayed.Value.Appends;

    /// <summary>Appends the story to <paramref name="log"/>, calling <paramref name="afterEach"/> after every commit.</summary>
    public static async Task WriteAsync(IEventLog log, Func<Task>? afterEach, CancellationToken cancellationToken)
    {
        foreach (var append in Appends)
        {
            await log.AppendAsync([append], cancellationToken);
            if (afterEach is not null)
            {
                await afterEach();
            }
        }
    }
}
