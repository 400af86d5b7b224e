using System.Security.Cryptography;
using Npgsql;

namespace Plenary.Tests.Shared;

/// <summary>The PostgreSQL server the test script starts, named by <c>PLENARY_TEST_POSTGRES</c>; each test gets a schema of its own.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "PLENARY_TEST_POSTGRES";

    private readonly string _server;

    private PostgresDatabase(string server, string schema)
    {
        _server = server;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public string Schema { get; }

    /// <summary>The server's connection string with the search path set to this test's schema.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a fresh schema; skips the test when no server is configured, and fails it instead under CI.</summary>
    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            const string Missing = $"{Variable} is not set: scripts/test.sh starts PostgreSQL on 127.0.0.1 and sets it, e.g. \"Host=127.0.0.1;Port=5432;Username=plenary;Password=plenary;Database=plenary_test\".";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Missing + " Under CI the PostgreSQL tests must run.");
            }

            Assert.Skip(Missing);
        }

        var database = new PostgresDatabase(server, "test_" + RandomNumberGenerator.GetHexString(12, lowercase: true));
        await database.ExecuteAsync($"CREATE SCHEMA {database.Schema}", cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
