using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Plenary.Infrastructure.EventLog;

/// <summary>The SQLite writer's statements, prepared once for the life of its connection.</summary>
/// <remarks>Re-preparing the same three statements for every group cost more than writing it.</remarks>
internal sealed class WriterStatements : IAsyncDisposable
{
    private readonly SqliteParameter _versionStream;

    public WriterStatements(SqliteConnection writer, string columns)
    {
        Head = writer.CreateCommand();
        Head.CommandText = "SELECT COALESCE(MAX(position), 0) FROM events";
        Version = writer.CreateCommand();
        Version.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = $stream";
        _versionStream = Version.Parameters.Add("$stream", SqliteType.Text);
        Insert = writer.CreateCommand();
        Insert.CommandText = $"INSERT INTO events ({columns}) VALUES ($position, $stream, $version, $name, $schema, $data, $at)";
        Insert.Parameters.Add("$position", SqliteType.Integer);
        Insert.Parameters.Add("$stream", SqliteType.Text);
        Insert.Parameters.Add("$version", SqliteType.Integer);
        Insert.Parameters.Add("$name", SqliteType.Text);
        Insert.Parameters.Add("$schema", SqliteType.Integer);
        Insert.Parameters.Add("$data", SqliteType.Text);
        Insert.Parameters.Add("$at", SqliteType.Text);
    }

    public SqliteCommand Head { get; }

    public SqliteCommand Version { get; }

    public SqliteCommand Insert { get; }

    /// <summary>Enlists the statements in <paramref name="transaction"/>, or releases them with null.</summary>
    public void Use(SqliteTransaction? transaction)
    {
        Head.Transaction = transaction;
        Version.Transaction = transaction;
        Insert.Transaction = transaction;
    }

    public async Task<long> VersionOfAsync(string stream)
    {
        _versionStream.Value = stream;
        return Convert.ToInt64(await Version.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Head.DisposeAsync();
        await Version.DisposeAsync();
        await Insert.DisposeAsync();
    }
}
