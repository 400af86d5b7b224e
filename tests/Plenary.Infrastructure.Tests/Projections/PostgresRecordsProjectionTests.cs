using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.Projections;

/// <summary>The read models beside a PostgreSQL log on loopback, in a schema of the test's own; skipped without PLENARY_TEST_POSTGRES, required under CI.</summary>
public sealed class PostgresRecordsProjectionTests : RecordsProjectionContract
{
    protected override async Task<EventLogConnection> CreateDatabaseAsync()
    {
        var database = await PostgresDatabase.CreateAsync(Ct);
        Own(database);
        return new EventLogConnection(EventLogProvider.Postgres, database.ConnectionString);
    }
}
