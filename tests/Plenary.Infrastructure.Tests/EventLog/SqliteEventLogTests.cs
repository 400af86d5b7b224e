using Microsoft.Data.Sqlite;
using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>The contract on a SQLite file in the temp folder.</summary>
public class SqliteEventLogTests : DurableEventLogContract
{
    private readonly TemporarySqliteFile _file = new("plenary");

    private string ConnectionString => _file.ConnectionString;

    protected override async Task<IEventLog> OpenStoreAsync(JsonEventCodec codec) =>
        await SqliteEventLog.OpenAsync(ConnectionString, Clock, codec, Ct);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
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
