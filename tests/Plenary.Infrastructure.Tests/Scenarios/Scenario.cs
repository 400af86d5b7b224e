using Plenary.Domain.States;
using Plenary.Infrastructure.ReferenceData;
using Plenary.Infrastructure.Resolutions;
using Plenary.Infrastructure.Scenarios;

namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>Runs scenarios against the repository's own data/ and finds its scenarios/ folder.</summary>
internal static class Scenario
{
    private static readonly Lazy<ScenarioRunner> LazyRunner = new(() =>
    {
        var directory = ReferenceDataLoader.LocateDataDirectory();
        var loaded = ReferenceDataLoader.Load(directory);
        var register = loaded.Register
            ?? throw new InvalidOperationException("data/ did not load:" + Environment.NewLine + string.Join(Environment.NewLine, loaded.Errors));
        return new ScenarioRunner(register, CouncilResolutions.Load(directory));
    });

    public static ScenarioRunner Runner => LazyRunner.Value;

    public static MembershipRegister Register => Runner.Register;

    public static string DataDirectory => ReferenceDataLoader.LocateDataDirectory();

    /// <summary>The repository root: the first folder above the test binaries that holds Plenary.slnx.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Plenary.slnx")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No Plenary.slnx above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Replays YAML written in a test, named <c>test.yaml</c> in its errors.</summary>
    public static ScenarioResult Run(string yaml) => Runner.Run("test.yaml", yaml);

    /// <summary>Replays YAML that must succeed, failing the test with every error otherwise.</summary>
    public static ScenarioResult Succeeds(string yaml)
    {
        var result = Run(yaml);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result;
    }

    /// <summary>The one decision of a replay that must succeed and take exactly one.</summary>
    public static DecisionRecord Decides(string yaml) => Assert.Single(Succeeds(yaml).Decisions);

    public static StateCode Code(string text) => StateCode.Parse(text);
}
