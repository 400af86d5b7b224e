using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>The contract on the PostgreSQL server on loopback, in a schema of the test's own.</summary>
public class PostgresEventLogTests : DurableEventLogContract
{
    private PostgresDatabase? _database;

    protected override async Task<IEventLog> OpenStoreAsync(JsonEventCodec codec)
    {
        _database ??= await PostgresDatabase.CreateAsync(Ct);
        return await PostgresEventLog.OpenAsync(_database.ConnectionString, Clock, codec, Ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
