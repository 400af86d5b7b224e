namespace Plenary.Infrastructure.EventLog;

/// <summary>The databases the event log can live in.</summary>
public enum EventLogProvider
{
    Sqlite,
    Postgres,
}
