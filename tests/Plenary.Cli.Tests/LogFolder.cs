using Microsoft.Data.Sqlite;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.ReferenceData;
using Plenary.Infrastructure.Resolutions;
using Plenary.Infrastructure.Scenarios;

namespace Plenary.Cli.Tests;

/// <summary>A temporary folder for SQLite logs and export files; disposing deletes it.</summary>
internal sealed class LogFolder : IDisposable
{
    private static readonly Lazy<IReadOnlyList<StreamAppend>> Es11 = new(() =>
    {
        var data = ReferenceDataLoader.LocateDataDirectory();
        var register = ReferenceDataLoader.Load(data).Register!;
        var result = new ScenarioRunner(register, CouncilResolutions.Load(data)).RunFile(Cli.Es11Scenario);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Appends;
    });

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("plenary-cli-log-");

    public string Path(string name) => System.IO.Path.Combine(_directory.FullName, name);

    public string Sqlite(string name) => $"Data Source={Path(name)}";

    /// <summary>A SQLite log holding the 2022 story, committed append by append as the server would have.</summary>
    public async Task<string> Es11LogAsync(string name)
    {
        var connection = Sqlite(name);
        await using var log = await SqliteEventLog.OpenAsync(connection, TimeProvider.System, TestContext.Current.CancellationToken);
        foreach (var append in Es11.Value)
        {
            await log.AppendAsync([append], TestContext.Current.CancellationToken);
        }

        return connection;
    }

    public static async Task<long> HeadAsync(EventLogConnection connection)
    {
        var log = await connection.OpenAsync(TimeProvider.System, TestContext.Current.CancellationToken);
        await using var closing = (IAsyncDisposable)log;
        return await log.HeadPositionAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
