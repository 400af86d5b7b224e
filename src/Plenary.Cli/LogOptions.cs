using System.CommandLine;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Cli;

/// <summary><c>--provider</c> and <c>--connection</c>: which log a command works on, named the way the server names it.</summary>
/// <remarks>
/// Without the options the server's own environment variables apply (<c>EventLog__Provider</c>,
/// <c>ConnectionStrings__EventLog</c>), so on a server machine the command finds the server's log;
/// without those, <c>sqlite</c> and <c>Data Source=plenary.db</c>, the server's defaults.
/// </remarks>
internal sealed class LogOptions
{
    public const string ProviderVariable = "EventLog__Provider";
    public const string ConnectionVariable = "ConnectionStrings__EventLog";

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = $"sqlite or postgres (default: ${ProviderVariable}, else sqlite).",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"The connection string (default: ${ConnectionVariable}, else \"{EventLogConnection.DefaultConnectionString}\").",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>The log named on the command line; null, with the reason written to <paramref name="error"/>, if it cannot be.</summary>
    /// <param name="mustExist">Refuse a SQLite file that is not there, rather than create an empty log (a mistyped path would otherwise export nothing).</param>
    public EventLogConnection? Resolve(ParseResult parse, TextWriter error, bool mustExist)
    {
        var providerText = parse.GetValue(Provider) ?? Environment.GetEnvironmentVariable(ProviderVariable);
        if (!EventLogConnection.TryParseProvider(providerText, out var provider))
        {
            error.WriteLine($"--provider: '{providerText}' is not a provider: sqlite or postgres");
            return null;
        }

        var connectionString = parse.GetValue(Connection) ?? Environment.GetEnvironmentVariable(ConnectionVariable) ?? EventLogConnection.DefaultConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error.WriteLine("--connection: the connection string is empty");
            return null;
        }

        var connection = new EventLogConnection(provider, connectionString);
        try
        {
            var builder = provider == EventLogProvider.Postgres
                ? (DbConnectionStringBuilder)new Npgsql.NpgsqlConnectionStringBuilder(connectionString)
                : new SqliteConnectionStringBuilder(connectionString);
            if (builder is SqliteConnectionStringBuilder sqlite && mustExist && IsFile(sqlite) && !File.Exists(sqlite.DataSource))
            {
                error.WriteLine($"{sqlite.DataSource}:0: file: no such SQLite database (--connection \"{connectionString}\")");
                return null;
            }
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"--connection: not a {connection.ProviderName} connection string: {e.Message}");
            return null;
        }

        return connection;
    }

    /// <summary>Opens the log, or writes why it cannot be opened and returns null.</summary>
    public static async Task<IEventLog?> OpenAsync(EventLogConnection connection, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.OpenAsync(TimeProvider.System, cancellationToken);
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"--connection: cannot open the {connection.Describe()} log: {e.Message}");
            return null;
        }
    }

    private static bool IsFile(SqliteConnectionStringBuilder sqlite) =>
        sqlite.Mode != SqliteOpenMode.Memory
        && !string.IsNullOrEmpty(sqlite.DataSource)
        && !string.Equals(sqlite.DataSource, ":memory:", StringComparison.Ordinal);
}
