using Npgsql;
using NpgsqlTypes;
using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>The event log in one PostgreSQL table, chosen by a connection string; several server processes may share it.</summary>
/// <remarks>
/// <para>
/// Positions are not a sequence: each append takes a transaction-scoped advisory lock keyed by the
/// table's oid, reads the head and the streams' versions, and writes positions head+1, head+2, …
/// A sequence (bigserial) hands out numbers before commit, so a reader could see 12 committed while
/// 11 is still in flight and skip it for ever, and a rolled-back append would leave a gap. Under the
/// lock, positions are gap-free and in commit order, which is what a projection or a live feed
/// resuming "after position N" needs, and what makes an export of the log byte-identical to the
/// export of its import. The cost is one writer at a time per table, as in SQLite. Readers never
/// take the lock.
/// </para>
/// <para>
/// The payload column is <c>json</c>, not <c>jsonb</c>: <c>jsonb</c> reorders keys and so would not
/// give back the bytes that were written. The table lives in the connection's search path
/// (<c>Search Path=…</c> in the connection string chooses the schema).
/// </para>
/// </remarks>
public sealed class PostgresEventLog : IEventLog, IAsyncDisposable
{
    private const string Columns = "position, stream, version, name, schema_version, data::text, recorded_at";

    // Serialises concurrent first starts, whose CREATE TABLE IF NOT EXISTS would otherwise race.
    private const long CreateLockKey = 0x506C656E617279; // "Plenary"

    private readonly NpgsqlDataSource _dataSource;
    private readonly long _writeLockKey;
    private readonly TimeProvider _clock;
    private readonly JsonEventCodec _codec;

    private PostgresEventLog(NpgsqlDataSource dataSource, long writeLockKey, TimeProvider clock, JsonEventCodec codec)
    {
        _dataSource = dataSource;
        _writeLockKey = writeLockKey;
        _clock = clock;
        _codec = codec;
    }

    public static Task<PostgresEventLog> OpenAsync(string connectionString, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, timeProvider, JsonEventCodec.Default, cancellationToken);

    /// <summary>Connects, creates the table if missing, and returns the log; dispose it to close its connection pool.</summary>
    public static async Task<PostgresEventLog> OpenAsync(string connectionString, TimeProvider timeProvider, JsonEventCodec codec, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(codec);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var create = new NpgsqlCommand(
                """
                SELECT pg_advisory_xact_lock(@key);
                CREATE TABLE IF NOT EXISTS events (
                    position bigint PRIMARY KEY,
                    stream text NOT NULL,
                    version bigint NOT NULL,
                    name text NOT NULL,
                    schema_version integer NOT NULL,
                    data json NOT NULL,
                    recorded_at timestamptz NOT NULL,
                    UNIQUE (stream, version)
                );
                """,
                connection,
                transaction))
            {
                create.Parameters.AddWithValue("key", CreateLockKey);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            long oid;
            await using (var table = new NpgsqlCommand("SELECT 'events'::regclass::oid::bigint", connection, transaction))
            {
                oid = (long)(await table.ExecuteScalarAsync(cancellationToken))!;
            }

            await transaction.CommitAsync(cancellationToken);
            return new PostgresEventLog(dataSource, oid, timeProvider, codec);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<RecordedEvent>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
    {
        var encoded = Placement.Encode(_codec, appends);
        var streams = appends.Select(a => a.Stream).Distinct(StringComparer.Ordinal).ToArray();
        var placed = await WriteAsync(streams, (versions, head) => Placement.Appends(encoded, versions, head, RecordedAt.Now(_clock)), cancellationToken);
        var recorded = Placement.Recorded(appends, placed);
        Committed?.Invoke(recorded);
        return recorded;
    }

    public event Action<IReadOnlyList<RecordedEvent>>? Committed;

    public async Task RestoreAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        Placement.Check(events);
        var streams = events.Select(e => e.Stream).Distinct(StringComparer.Ordinal).ToArray();
        await WriteAsync(streams, (versions, head) => Placement.Restored(events, versions, head), cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string stream, long fromVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stored = await QueryAsync(
            $"SELECT {Columns} FROM events WHERE stream = @stream AND version >= @from ORDER BY version",
            [new("stream", stream), new("from", fromVersion)],
            cancellationToken);
        return [.. stored.Select(Decode)];
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken) =>
        [.. (await ReadStoredAsync(fromPosition, maxCount, cancellationToken)).Select(Decode)];

    public Task<IReadOnlyList<StoredEvent>> ReadStoredAsync(long fromPosition, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return QueryAsync(
            $"SELECT {Columns} FROM events WHERE position >= @from ORDER BY position LIMIT @max",
            [new("from", fromPosition), new("max", maxCount)],
            cancellationToken);
    }

    public Task<long> StreamVersionAsync(string stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = @stream", [new("stream", stream)], cancellationToken);
    }

    public Task<long> HeadPositionAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT COALESCE(MAX(position), 0) FROM events", [], cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<List<StoredEvent>> WriteAsync(
        string[] streams,
        Func<IReadOnlyDictionary<string, long>, long, List<StoredEvent>> place,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        long head;
        await using (var read = new NpgsqlBatch(connection, transaction))
        {
            read.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)") { Parameters = { new("key", _writeLockKey) } });
            read.BatchCommands.Add(new NpgsqlBatchCommand("SELECT stream, MAX(version) FROM events WHERE stream = ANY(@streams) GROUP BY stream")
            {
                Parameters = { new("streams", streams) },
            });
            read.BatchCommands.Add(new NpgsqlBatchCommand("SELECT COALESCE(MAX(position), 0) FROM events"));
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions[reader.GetString(0)] = reader.GetInt64(1);
            }

            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            head = reader.GetInt64(0);
        }

        var placed = place(versions, head);
        if (placed.Count > 0)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO events (position, stream, version, name, schema_version, data, recorded_at)
                SELECT p, s, v, n, sv, d::json, r
                FROM unnest(@positions, @streams, @versions, @names, @schemas, @data, @recorded) AS t(p, s, v, n, sv, d, r)
                """,
                connection,
                transaction);
            insert.Parameters.AddWithValue("positions", placed.Select(e => e.Position).ToArray());
            insert.Parameters.AddWithValue("streams", placed.Select(e => e.Stream).ToArray());
            insert.Parameters.AddWithValue("versions", placed.Select(e => e.Version).ToArray());
            insert.Parameters.AddWithValue("names", placed.Select(e => e.Name).ToArray());
            insert.Parameters.AddWithValue("schemas", placed.Select(e => e.SchemaVersion).ToArray());
            insert.Parameters.AddWithValue("data", placed.Select(e => e.Data).ToArray());
            insert.Parameters.AddWithValue("recorded", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, placed.Select(e => e.RecordedAt.UtcDateTime).ToArray());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return placed;
    }

    private async Task<IReadOnlyList<StoredEvent>> QueryAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
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
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return events;
    }

    private async Task<long> ScalarAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private RecordedEvent Decode(StoredEvent e) =>
        new(e.Stream, e.Version, e.Position, _codec.Decode(e.Name, e.SchemaVersion, e.Data)) { RecordedAt = e.RecordedAt };
}
