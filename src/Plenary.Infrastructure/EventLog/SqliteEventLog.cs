using System.Globalization;
using Microsoft.Data.Sqlite;
using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>The event log in one SQLite table: the embedded default.</summary>
/// <remarks>
/// WAL with <c>synchronous=FULL</c>, so an append has reached the disk when it returns. One
/// dedicated connection writes, one append at a time (a <see cref="SemaphoreSlim"/>), each in a
/// <c>BEGIN IMMEDIATE</c> transaction that also holds off writers in other processes; positions
/// are therefore assigned in commit order without gaps. Readers use their own pooled connections
/// and, under WAL, never wait for the writer. A shared-cache in-memory database
/// (<c>Data Source=name;Mode=Memory;Cache=Shared</c>) works too and lives as long as the log.
/// </remarks>
public sealed class SqliteEventLog : IEventLog, IAsyncDisposable
{
    private const string Columns = "position, stream, version, name, schema_version, data, recorded_at";

    private readonly string _readConnectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly JsonEventCodec _codec;

    private SqliteEventLog(string readConnectionString, SqliteConnection writer, TimeProvider clock, JsonEventCodec codec)
    {
        _readConnectionString = readConnectionString;
        _writer = writer;
        _clock = clock;
        _codec = codec;
    }

    public static Task<SqliteEventLog> OpenAsync(string connectionString, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, timeProvider, JsonEventCodec.Default, cancellationToken);

    /// <summary>Opens the database (creating it and its table if missing) and keeps a write connection open until disposed.</summary>
    public static async Task<SqliteEventLog> OpenAsync(string connectionString, TimeProvider timeProvider, JsonEventCodec codec, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(codec);
        var writerConnectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        var writer = new SqliteConnection(writerConnectionString);
        try
        {
            await writer.OpenAsync(cancellationToken);
            await ExecuteAsync(
                    writer,
                    """
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = FULL;
                    CREATE TABLE IF NOT EXISTS events (
                        position INTEGER PRIMARY KEY,
                        stream TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        schema_version INTEGER NOT NULL,
                        data TEXT NOT NULL,
                        recorded_at TEXT NOT NULL,
                        UNIQUE (stream, version)
                    ) STRICT;
                    """,
                    cancellationToken)
                ;
            return new SqliteEventLog(connectionString, writer, timeProvider, codec);
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<RecordedEvent>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
    {
        var encoded = Placement.Encode(_codec, appends);
        var streams = appends.Select(a => a.Stream).Distinct(StringComparer.Ordinal).ToList();
        var placed = await WriteAsync(streams, (versions, head) => Placement.Appends(encoded, versions, head, RecordedAt.Now(_clock)), cancellationToken)
            ;
        return Placement.Recorded(appends, placed);
    }

    public async Task RestoreAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        Placement.Check(events);
        var streams = events.Select(e => e.Stream).Distinct(StringComparer.Ordinal).ToList();
        await WriteAsync(streams, (versions, head) => Placement.Restored(events, versions, head), cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string stream, long fromVersion, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(
                $"SELECT {Columns} FROM events WHERE stream = $stream AND version >= $from ORDER BY version",
                [("$stream", stream), ("$from", fromVersion)],
                cancellationToken)
            ).Select(Decode)];

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken) =>
        [.. (await ReadStoredAsync(fromPosition, maxCount, cancellationToken)).Select(Decode)];

    public Task<IReadOnlyList<StoredEvent>> ReadStoredAsync(long fromPosition, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return QueryAsync(
            $"SELECT {Columns} FROM events WHERE position >= $from ORDER BY position LIMIT $max",
            [("$from", fromPosition), ("$max", maxCount)],
            cancellationToken);
    }

    public Task<long> StreamVersionAsync(string stream, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = $stream", [("$stream", stream)], cancellationToken);

    public Task<long> HeadPositionAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT COALESCE(MAX(position), 0) FROM events", [], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        _writeGate.Dispose();
    }

    private async Task<List<StoredEvent>> WriteAsync(
        IReadOnlyList<string> streams,
        Func<IReadOnlyDictionary<string, long>, long, List<StoredEvent>> place,
        CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // BEGIN IMMEDIATE: versions and head are read under the write lock they are written under.
            await using var transaction = _writer.BeginTransaction(deferred: false);
            var versions = new Dictionary<string, long>(StringComparer.Ordinal);
            await using (var version = Command(_writer, "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = $stream", [], transaction))
            {
                var parameter = version.Parameters.Add("$stream", SqliteType.Text);
                foreach (var stream in streams)
                {
                    parameter.Value = stream;
                    versions[stream] = Convert.ToInt64(await version.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                }
            }

            long head;
            await using (var max = Command(_writer, "SELECT COALESCE(MAX(position), 0) FROM events", [], transaction))
            {
                head = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            var placed = place(versions, head);
            await using (var insert = Command(_writer, $"INSERT INTO events ({Columns}) VALUES ($position, $stream, $version, $name, $schema, $data, $at)", [], transaction))
            {
                var position = insert.Parameters.Add("$position", SqliteType.Integer);
                var stream = insert.Parameters.Add("$stream", SqliteType.Text);
                var version = insert.Parameters.Add("$version", SqliteType.Integer);
                var name = insert.Parameters.Add("$name", SqliteType.Text);
                var schema = insert.Parameters.Add("$schema", SqliteType.Integer);
                var data = insert.Parameters.Add("$data", SqliteType.Text);
                var at = insert.Parameters.Add("$at", SqliteType.Text);
                foreach (var e in placed)
                {
                    (position.Value, stream.Value, version.Value, name.Value, schema.Value, data.Value, at.Value) =
                        (e.Position, e.Stream, e.Version, e.Name, e.SchemaVersion, e.Data, RecordedAt.ToText(e.RecordedAt));
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return placed;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<IReadOnlyList<StoredEvent>> QueryAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetString(5),
                DateTimeOffset.ParseExact(reader.GetString(6), RecordedAt.Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return events;
    }

    private async Task<long> ScalarAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, []);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private RecordedEvent Decode(StoredEvent e) =>
        new(e.Stream, e.Version, e.Position, _codec.Decode(e.Name, e.SchemaVersion, e.Data)) { RecordedAt = e.RecordedAt };
}
