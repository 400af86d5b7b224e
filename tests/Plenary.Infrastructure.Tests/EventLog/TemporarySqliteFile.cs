using Microsoft.Data.Sqlite;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>A SQLite file in the temp folder for one test class instance; disposing it deletes it with its WAL and shared-memory files.</summary>
internal sealed class TemporarySqliteFile(string prefix) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Environment.ProcessId}-{System.IO.Path.GetRandomFileName()}.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        // Pooled connections keep the file open, and with it the WAL.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
