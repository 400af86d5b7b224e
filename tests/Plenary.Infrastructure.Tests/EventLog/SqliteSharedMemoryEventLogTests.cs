using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>The contract on a shared-cache in-memory SQLite database, as server tests use it.</summary>
public class SqliteSharedMemoryEventLogTests : EventLogContract
{
    protected override async Task<IEventLog> CreateLogAsync() =>
        Own(await SqliteEventLog.OpenAsync($"Data Source=plenary-{Path.GetRandomFileName()};Mode=Memory;Cache=Shared", Clock, Ct));
}
