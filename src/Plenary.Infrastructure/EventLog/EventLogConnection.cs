using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Plenary.Infrastructure.EventLog;

/// <summary>Which database holds the event log (and, beside it, the read models): the provider and its connection string.</summary>
/// <remarks>
/// The server (<c>EventLog:Provider</c>, <c>ConnectionStrings:EventLog</c>) and the command line
/// (<c>--provider</c>, <c>--connection</c>) name the log the same way, so that they open the same one.
/// </remarks>
public sealed record EventLogConnection(EventLogProvider Provider, string ConnectionString)
{
    public const string DefaultConnectionString = "Data Source=plenary.db";

    /// <summary>Reads a provider name, <c>sqlite</c> or <c>postgres</c> (any case); null means the default, SQLite.</summary>
    public static bool TryParseProvider(string? text, out EventLogProvider provider)
    {
        provider = EventLogProvider.Sqlite;
        if (text is null || string.Equals(text, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "postgresql", StringComparison.OrdinalIgnoreCase))
        {
            provider = EventLogProvider.Postgres;
            return true;
        }

        return false;
    }

    /// <summary>The provider as it is written in settings and on the command line.</summary>
    public string ProviderName => Provider == EventLogProvider.Postgres ? "postgres" : "sqlite";

    /// <summary>Where the log is, for messages: the SQLite file, or the PostgreSQL host and database without the credentials.</summary>
    public string Describe()
    {
        try
        {
            if (Provider == EventLogProvider.Postgres)
            {
                var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
                return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
            }

            return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }
        catch (ArgumentException)
        {
            return Provider == EventLogProvider.Postgres ? "PostgreSQL" : "SQLite";
        }
    }

    /// <summary>Opens the log, creating its table if missing; dispose it to close its connections.</summary>
    /// <exception cref="ArgumentException">The connection string is not one the provider understands.</exception>
    public async Task<IEventLog> OpenAsync(TimeProvider clock, CancellationToken cancellationToken) =>
        Provider == EventLogProvider.Postgres
            ? await PostgresEventLog.OpenAsync(ConnectionString, clock, cancellationToken)
            : await SqliteEventLog.OpenAsync(ConnectionString, clock, cancellationToken);

    /// <summary>Connections to the same database, for what lives beside the log.</summary>
    public DbDataSource CreateDataSource() =>
        Provider == EventLogProvider.Postgres
            ? NpgsqlDataSource.Create(ConnectionString)
            : SqliteFactory.Instance.CreateDataSource(ConnectionString);
}
