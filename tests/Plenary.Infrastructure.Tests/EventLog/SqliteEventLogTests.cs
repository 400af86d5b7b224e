using Microsoft.Data.Sqlite;
using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>The contract on a SQLite file in the temp folder.</summary>
public class SqliteEventLogTests : DurableEventLogContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"plenary-{Environment.ProcessId}-{Path.GetRandomFileName()}.db");

    private string ConnectionString => $"Data Source={_path}";

    protected override async Task<IEventLog> OpenStoreAsync(JsonEventCodec codec) =>
        await SqliteEventLog.OpenAsync(ConnectionString, Clock, codec, Ct);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode()
    {
        await CreateLogAsync();

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
    }
}
