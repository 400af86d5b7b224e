using System.Data.Common;
using System.Globalization;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Projections;

/// <summary>The decisions and recorded-votes read models, as tables in the database that holds the log (SQLite or PostgreSQL).</summary>
/// <remarks>
/// Rows and checkpoints are written in one transaction, so the tables always reflect the log up to
/// their checkpoint, never part of a commit. Writes are upserts: applying an event twice (after a
/// restart, or from two servers on one PostgreSQL database) gives the same rows.
/// </remarks>
public sealed partial class RecordsStore : IAsyncDisposable
{
    private readonly DbDataSource _dataSource;

    private RecordsStore(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Connects to the log's database and creates the read models' tables if missing.</summary>
    public static async Task<RecordsStore> OpenAsync(EventLogConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var store = new RecordsStore(connection.CreateDataSource());
        try
        {
            await using var db = await store._dataSource.OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(db, null, RecordsSchema.Create, cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The log position both read models reflect; 0 when they have never been written.</summary>
    public async Task<long> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var db = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(db, null, RecordsSchema.ReadCheckpoint);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) < RecordsSchema.Projections.Length ? 0 : reader.GetInt64(1);
    }

    /// <summary>Writes the changes and moves both checkpoints to <paramref name="position"/>, in one transaction.</summary>
    public async Task<RowsWritten> WriteAsync(IReadOnlyList<RecordsChange> changes, long position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = await OpenForWritingAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var written = await ApplyAsync(db, transaction, changes, cancellationToken);
        await SetCheckpointAsync(db, transaction, position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>Drops both read models and fills them again from <paramref name="batches"/>, in one transaction: readers see the old rows until the new ones are all there.</summary>
    public async Task<RowsWritten> ReplaceAsync(IAsyncEnumerable<(IReadOnlyList<RecordsChange> Changes, long Position)> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        await using var db = await OpenForWritingAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(db, transaction, RecordsSchema.Drop, cancellationToken);
        await ExecuteAsync(db, transaction, RecordsSchema.Create, cancellationToken);
        var written = new RowsWritten(0, 0);
        long position = 0;
        await foreach (var (changes, at) in batches.WithCancellation(cancellationToken))
        {
            written += await ApplyAsync(db, transaction, changes, cancellationToken);
            position = at;
        }

        await SetCheckpointAsync(db, transaction, position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>A connection whose writes wait for the log's writer inside SQLite, in steps of milliseconds, not in Microsoft.Data.Sqlite's 150 ms sleeps, which block a pool thread.</summary>
    private async Task<DbConnection> OpenForWritingAsync(CancellationToken cancellationToken)
    {
        var db = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (db is Microsoft.Data.Sqlite.SqliteConnection)
        {
            try
            {
                await ExecuteAsync(db, null, $"PRAGMA busy_timeout = {SqliteEventLog.BusyTimeoutMilliseconds}", cancellationToken);
            }
            catch
            {
                await db.DisposeAsync();
                throw;
            }
        }

        return db;
    }

    private static async Task<RowsWritten> ApplyAsync(DbConnection db, DbTransaction transaction, IReadOnlyList<RecordsChange> changes, CancellationToken cancellationToken)
    {
        int decisions = 0, votes = 0;
        foreach (var change in changes)
        {
            switch (change)
            {
                case DecisionTaken taken:
                    var d = taken.Decision;
                    await ExecuteAsync(
                        db,
                        transaction,
                        RecordsSchema.UpsertDecision,
                        cancellationToken,
                        ("meeting", d.Meeting),
                        ("question", d.Question),
                        ("position", d.Position),
                        ("body", d.Body),
                        ("meeting_symbol", d.MeetingSymbol),
                        ("session", d.Session),
                        ("meeting_date", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        ("question_on", d.On),
                        ("kind", d.Kind),
                        ("method", d.Method),
                        ("outcome", d.Outcome),
                        ("yes_votes", d.Yes),
                        ("no_votes", d.No),
                        ("abstentions", d.Abstain),
                        ("non_voting", d.NonVoting),
                        ("majority", d.Majority),
                        ("required", d.Required),
                        ("vetoed_by", d.VetoedBy),
                        ("explanation", d.Explanation));
                    decisions++;
                    votes += await UpsertVotesAsync(db, transaction, taken, cancellationToken);
                    break;
                case ResolutionGiven given:
                    await ExecuteAsync(db, transaction, RecordsSchema.SetResolution, cancellationToken, ("resolution", given.Resolution), ("meeting", given.Meeting), ("question", given.Question));
                    break;
            }
        }

        return new RowsWritten(decisions, votes);
    }

    private static async Task<int> UpsertVotesAsync(DbConnection db, DbTransaction transaction, DecisionTaken taken, CancellationToken cancellationToken)
    {
        if (taken.Votes.IsEmpty)
        {
            return 0;
        }

        await using var command = Command(db, transaction, RecordsSchema.UpsertVote);
        var state = Parameter(command, "state", string.Empty);
        Parameter(command, "meeting", taken.Decision.Meeting);
        Parameter(command, "question", taken.Decision.Question);
        var vote = Parameter(command, "vote", string.Empty);
        foreach (var row in taken.Votes)
        {
            (state.Value, vote.Value) = (row.State, row.Vote);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return taken.Votes.Length;
    }

    private static async Task SetCheckpointAsync(DbConnection db, DbTransaction transaction, long position, CancellationToken cancellationToken)
    {
        foreach (var projection in RecordsSchema.Projections)
        {
            await ExecuteAsync(db, transaction, RecordsSchema.SetCheckpoint, cancellationToken, ("projection", projection), ("position", position));
        }
    }

    private static async Task ExecuteAsync(DbConnection db, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, transaction, sql);
        foreach (var (name, value) in parameters)
        {
            Parameter(command, name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection db, DbTransaction? transaction, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
