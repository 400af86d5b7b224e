using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.Projections;

/// <summary>The read models beside a SQLite log in a file of the test's own.</summary>
public sealed class SqliteRecordsProjectionTests : RecordsProjectionContract
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("plenary-projections-");

    public SqliteRecordsProjectionTests() => Own(new Cleanup(_directory));

    protected override Task<EventLogConnection> CreateDatabaseAsync() =>
        Task.FromResult(new EventLogConnection(EventLogProvider.Sqlite, $"Data Source={Path.Combine(_directory.FullName, "plenary.db")}"));

    private sealed class Cleanup(DirectoryInfo directory) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
