using System.Security.Cryptography;
using Npgsql;

namespace Plenary.Load;

/// <summary>A schema of its own on the PostgreSQL server that <c>--postgres</c> names, for the two servers of the two-server round to share as their log; dropped at the end.</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _schema;

    private PostgresSchema(string server, string schema)
    {
        _server = server;
        _schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>The server's connection string with the search path set to this run's schema.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var schema = new PostgresSchema(Valid(server), "load_" + RandomNumberGenerator.GetHexString(12, lowercase: true));
        await schema.ExecuteAsync($"CREATE SCHEMA {schema._schema}", cancellationToken);
        return schema;
    }

    /// <summary>Connects once before any round, so that a wrong connection string is told at once, not after the rounds before the two-server one.</summary>
    public static Task CheckAsync(string server, CancellationToken cancellationToken) =>
        new PostgresSchema(Valid(server), "public").ExecuteAsync("SELECT 1", cancellationToken);

    private static string Valid(string server)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(server);
            return server;
        }
        catch (ArgumentException exception)
        {
            throw new LoadFailure($"--postgres is not an Npgsql connection string (such as \"Host=127.0.0.1;Port=5432;Username=plenary;Password=plenary;Database=plenary\"): {exception.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            throw new LoadFailure($"PostgreSQL at --postgres: {sql}: {exception.Message}");
        }
    }
}
