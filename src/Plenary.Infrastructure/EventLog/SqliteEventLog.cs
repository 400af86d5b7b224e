using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>The event log in one SQLite table: the embedded default.</summary>
/// <remarks>
/// WAL with <c>synchronous=FULL</c>, so an append has reached the disk when it returns. One
/// dedicated connection writes in <c>BEGIN IMMEDIATE</c> transactions that also hold off writers in
/// other processes; positions are therefore assigned in commit order without gaps. Appends are
/// group-committed: concurrent appends queue up, and whichever caller takes the write gate writes
/// every queued append in one transaction, so one fsync serves them all (one fsync per append
/// caps a disk at about 1,700 appends a second here). Each append in a group still stands or
/// falls alone: one whose stream moved is refused with <see cref="ConcurrencyConflict"/> and
/// the others commit. Readers use their own pooled connections and, under WAL, never wait for the
/// writer. A file is meant to be written by one process at a time (use PostgreSQL for more): the
/// log remembers the head it last committed and answers a read beyond it without a query, which
/// keeps catching up cheap; another process's writes are still never overwritten, and are seen
/// from this log's next write on. A shared-cache in-memory database
/// (<c>Data Source=name;Mode=Memory;Cache=Shared</c>) works too and lives as long as the log.
/// </remarks>
public sealed class SqliteEventLog : IEventLog, IAsyncDisposable
{
    private const string Columns = "position, stream, version, name, schema_version, data, recorded_at";

    /// <summary>The most appends one transaction takes; bounds the time a group holds the write lock.</summary>
    private const int MaxGroup = 2048;

    private const int ConstraintViolation = 19;

    private const int MaxKnownVersions = 100_000;

    /// <summary>How long a connection lets SQLite wait for another's write lock, in milliseconds.</summary>
    /// <remarks>
    /// Without it a busy lock comes back to Microsoft.Data.Sqlite, which sleeps 150 ms before it
    /// tries again: a read-model write of a millisecond then held every ballot up for 150 ms.
    /// SQLite's own wait looks again after 1, 2, 5, 10 ms and so on.
    /// </remarks>
    public const int BusyTimeoutMilliseconds = 10_000;

    private readonly string _readConnectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly JsonEventCodec _codec;
    private readonly ConcurrentQueue<PendingAppend> _pending = new();
    private readonly WriterStatements _statements;

    // The version of every stream this log has written, so a group reads from the file only
    // the streams it has not seen; touched only under the write gate.
    private readonly Dictionary<string, long> _knownVersions = new(StringComparer.Ordinal);
    private long _head;
    private long _transactions;

    private SqliteEventLog(string readConnectionString, SqliteConnection writer, TimeProvider clock, JsonEventCodec codec, long head)
    {
        _readConnectionString = readConnectionString;
        _writer = writer;
        _clock = clock;
        _codec = codec;
        _head = head;
        _statements = new WriterStatements(writer, Columns);
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
                    $"""
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = FULL;
                    PRAGMA busy_timeout = {BusyTimeoutMilliseconds};
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
                    cancellationToken);
            await using var max = Command(writer, "SELECT COALESCE(MAX(position), 0) FROM events", []);
            var head = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return new SqliteEventLog(connectionString, writer, timeProvider, codec, head);
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }
    }

    public event Action<IReadOnlyList<RecordedEvent>>? Committed;

    public async Task<IReadOnlyList<RecordedEvent>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(Placement.Encode(_codec, appends));
        cancellationToken.ThrowIfCancellationRequested();

        // Once queued the append is written whatever happens to the caller, so a cancelled
        // request cannot leave it behind in the queue to be committed at some later time.
        _pending.Enqueue(pending);
        await DrainAsync();
        return await pending.Completion.Task;
    }

    /// <summary>Writes queued groups until the queue is empty, unless another caller is writing already; that one then writes this caller's append too.</summary>
    /// <remarks>
    /// The queue is looked at again after the gate is released: an append queued while the writer
    /// was finishing, whose caller found the gate taken, is written by this loop instead of waiting
    /// for the next caller. Callers that find the gate taken never queue on it, so no chain of
    /// hand-overs follows a group commit.
    /// </remarks>
    private async Task DrainAsync()
    {
        // A caller stores into the queue and then reads the gate; a writer stores into the gate
        // (releasing it) and then reads the queue. Wait(0) may read the gate without a lock, so
        // each side needs a full fence between its store and its read, or both could miss the
        // other's store and leave an append queued with no writer.
        Interlocked.MemoryBarrier();
        while (!_pending.IsEmpty && _writeGate.Wait(0))
        {
            try
            {
                while (!_pending.IsEmpty)
                {
                    await WriteGroupAsync();
                }
            }
            finally
            {
                _writeGate.Release();
                Interlocked.MemoryBarrier();
            }
        }
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
        fromPosition > Volatile.Read(ref _head)
            ? []
            : [.. (await ReadStoredAsync(fromPosition, maxCount, cancellationToken)).Select(Decode)];

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

    /// <summary>Write transactions committed so far, to show that appends are grouped.</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    public async ValueTask DisposeAsync()
    {
        await _statements.DisposeAsync();
        await _writer.DisposeAsync();
        _writeGate.Dispose();
    }

    /// <summary>Writes every queued append (up to <see cref="MaxGroup"/>) in one transaction and completes each one's task.</summary>
    private async Task WriteGroupAsync()
    {
        var group = new List<PendingAppend>();
        while (group.Count < MaxGroup && _pending.TryDequeue(out var next))
        {
            group.Add(next);
        }

        if (group.Count == 0)
        {
            return;
        }

        (List<StoredEvent>? Placed, ConcurrencyConflict? Refusal)[] outcomes;
        try
        {
            try
            {
                outcomes = await TryWriteGroupAsync(group, trustKnownVersions: true);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == ConstraintViolation)
            {
                // A version remembered here was stale (another process wrote to the file), or a
                // stream taken for new was not. The unique (stream, version) key refused the group
                // whole; redo it from the file.
                outcomes = await TryWriteGroupAsync(group, trustKnownVersions: false);
            }
        }
        catch (Exception failure)
        {
            _knownVersions.Clear();

            // Nothing of the group was committed: every append in it fails alike, and none is
            // left waiting for an answer.
            foreach (var pending in group)
            {
                pending.Completion.TrySetException(failure);
            }

            return;
        }

        var recorded = new IReadOnlyList<RecordedEvent>?[group.Count];
        var all = new List<RecordedEvent>();
        for (var i = 0; i < group.Count; i++)
        {
            if (outcomes[i].Placed is { } placed)
            {
                recorded[i] = Placement.Recorded([.. group[i].Encoded.Select(e => e.Append)], placed);
                all.AddRange(recorded[i]!);
            }
        }

        try
        {
            Committed?.Invoke(all);
        }
        finally
        {
            for (var i = 0; i < group.Count; i++)
            {
                if (recorded[i] is { } events)
                {
                    group[i].Completion.TrySetResult(events);
                }
                else
                {
                    group[i].Completion.TrySetException(outcomes[i].Refusal!);
                }
            }
        }
    }

    /// <param name="trustKnownVersions">Take a stream's version from what this log last wrote instead of reading it; any doubt is settled by the file.</param>
    private async Task<(List<StoredEvent>? Placed, ConcurrencyConflict? Refusal)[]> TryWriteGroupAsync(List<PendingAppend> group, bool trustKnownVersions)
    {
        if (!trustKnownVersions)
        {
            _knownVersions.Clear();
        }

        var outcomes = new (List<StoredEvent>? Placed, ConcurrencyConflict? Refusal)[group.Count];
        // The group's streams only, so a group costs what it writes, not what the log has written.
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var transaction = _writer.BeginTransaction(deferred: false);
        try
        {
            _statements.Use(transaction);
            var head = Convert.ToInt64(await _statements.Head.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture);
            var recordedAt = RecordedAt.Now(_clock);
            for (var i = 0; i < group.Count; i++)
            {
                foreach (var (append, _) in group[i].Encoded)
                {
                    if (!versions.ContainsKey(append.Stream))
                    {
                        versions[append.Stream] = _knownVersions.TryGetValue(append.Stream, out var known)
                            ? known
                            : trustKnownVersions && append.ExpectedVersion == 0 && append.Events.Count > 0
                                // Taken at its word that the stream is new (a ballot's acknowledgement
                                // always is): if it is not, inserting its version 1 breaks the unique key.
                                ? 0
                                : await _statements.VersionOfAsync(append.Stream);
                    }
                }

                List<StoredEvent> placed;
                try
                {
                    placed = Placement.Appends(group[i].Encoded, versions, head, recordedAt);
                }
                catch (ConcurrencyConflict)
                {
                    // A refusal is rare: confirm it against the file before giving it.
                    foreach (var (append, _) in group[i].Encoded)
                    {
                        versions[append.Stream] = await _statements.VersionOfAsync(append.Stream);
                    }

                    try
                    {
                        placed = Placement.Appends(group[i].Encoded, versions, head, recordedAt);
                    }
                    catch (ConcurrencyConflict conflict)
                    {
                        outcomes[i] = (null, conflict);
                        continue;
                    }
                }

                await InsertAsync(_statements.Insert, placed);
                foreach (var e in placed)
                {
                    versions[e.Stream] = e.Version;
                }

                head += placed.Count;
                outcomes[i] = (placed, null);
            }

            await transaction.CommitAsync(CancellationToken.None);
            if (_knownVersions.Count > MaxKnownVersions)
            {
                // Most streams are written once (a ballot's acknowledgement): forgetting them all
                // now and then bounds the memory and costs one indexed read for each stream met again.
                _knownVersions.Clear();
            }

            foreach (var (stream, version) in versions)
            {
                _knownVersions[stream] = version;
            }

            Volatile.Write(ref _head, head);
            Interlocked.Increment(ref _transactions);
            return outcomes;
        }
        finally
        {
            _statements.Use(null);
        }
    }

    private static async Task InsertAsync(SqliteCommand insert, List<StoredEvent> placed)
    {
        var p = insert.Parameters;
        foreach (var e in placed)
        {
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value, p[5].Value, p[6].Value) =
                (e.Position, e.Stream, e.Version, e.Name, e.SchemaVersion, e.Data, RecordedAt.ToText(e.RecordedAt));
            await insert.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<List<StoredEvent>> WriteAsync(
        IReadOnlyList<string> streams,
        Func<IReadOnlyDictionary<string, long>, long, List<StoredEvent>> place,
        CancellationToken cancellationToken)
    {
        try
        {
            return await WriteLockedAsync(streams, place, cancellationToken);
        }
        finally
        {
            // Appends queued meanwhile found the gate taken and are waiting for a writer.
            await DrainAsync();
        }
    }

    private async Task<List<StoredEvent>> WriteLockedAsync(
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
            _statements.Use(transaction);
            try
            {
                await InsertAsync(_statements.Insert, placed);
            }
            finally
            {
                _statements.Use(null);
            }

            await transaction.CommitAsync(cancellationToken);
            _knownVersions.Clear();
            Volatile.Write(ref _head, head + placed.Count);
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
