using System.Data.Common;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Projections;

namespace Plenary.Infrastructure.Tests.Projections;

/// <summary>The read models in the log's own database: kept up commit by commit, or dropped and rebuilt, they hold the same rows.</summary>
public abstract class RecordsProjectionContract : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 2, 25, 15, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh, empty database for the log and its read models.</summary>
    protected abstract Task<EventLogConnection> CreateDatabaseAsync();

    [Fact]
    public async Task Rebuilding_from_the_log_gives_exactly_the_rows_kept_up_commit_by_commit()
    {
        var (log, store, connection) = await OpenAsync();
        var projection = new RecordsProjection(log, store);
        await Es11Log.WriteAsync(log, async () => await projection.CatchUpAsync(Ct), Ct);
        var behind = await store.CheckpointAsync(Ct);
        await projection.FlushAsync(Ct);
        var incremental = await DumpAsync(connection);

        var rebuilt = await new RecordsProjection(log, store).RebuildAsync(Ct);

        Assert.Equal(incremental, await DumpAsync(connection));
        Assert.Equal(3, rebuilt.Rows.Decisions);
        Assert.Equal(15 + 15 + 193, rebuilt.Rows.RecordedVotes);
        Assert.Equal(await log.HeadPositionAsync(Ct), rebuilt.Position);
        Assert.Equal(rebuilt.EventsRead, rebuilt.Position);
        Assert.InRange(behind, 1, rebuilt.Position - 1); // the trailing events changed no row: their checkpoint waited for the flush
        Assert.Contains("A/ES-11/L.1|adopted|141|5|35|12|two-thirds|98||A/RES/ES-11/1", incremental, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restarted_projection_resumes_from_its_checkpoint_and_ends_with_the_same_rows()
    {
        var (log, store, connection) = await OpenAsync();
        var half = Es11Log.Appends.Count / 2;
        foreach (var append in Es11Log.Appends.Take(half))
        {
            await log.AppendAsync([append], Ct);
        }

        var first = await new RecordsProjection(log, store).CatchUpAsync(Ct);
        foreach (var append in Es11Log.Appends.Skip(half))
        {
            await log.AppendAsync([append], Ct);
        }

        var restarted = new RecordsProjection(log, store);
        var second = await restarted.CatchUpAsync(Ct);
        var resumed = await DumpAsync(connection);
        await restarted.RebuildAsync(Ct);

        Assert.Equal(await DumpAsync(connection), resumed);
        Assert.Equal(first.Position, await log.HeadPositionAsync(Ct) - second.EventsRead);
        Assert.Equal(await log.HeadPositionAsync(Ct), await store.CheckpointAsync(Ct));
    }

    [Fact]
    public async Task The_read_models_answer_how_Ukraine_and_the_Russian_Federation_voted()
    {
        var (log, store, _) = await OpenAsync();
        await Es11Log.WriteAsync(log, null, Ct);
        await new RecordsProjection(log, store).CatchUpAsync(Ct);

        var ukraine = await store.VotesOfAsync("UKR", 0, 100, Ct);
        var russia = await store.VotesOfAsync("RUS", 0, 100, Ct);
        var assembly = await store.DecisionsAsync("GA", new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31), 0, 100, Ct);

        var (decision, vote) = Assert.Single(ukraine);
        Assert.Equal(("A/ES-11/L.1", "yes", "A/RES/ES-11/1"), (decision.On, vote, decision.Resolution));
        Assert.Equal([("S/2022/155", "no"), ("S/2022/160", "no"), ("A/ES-11/L.1", "no")], russia.Select(r => (r.Decision.On, r.Vote)));
        Assert.Equal("A/ES-11/L.1", Assert.Single(assembly).On);
        Assert.Empty(await store.DecisionsAsync("GA", new DateOnly(2022, 3, 3), null, 0, 100, Ct));
        var paged = await store.DecisionsAsync(null, null, null, russia[0].Decision.Position, 1, Ct);
        Assert.Equal("S/2022/160", Assert.Single(paged).On);
    }

    [Fact]
    public async Task A_checkpoint_beyond_the_head_of_the_log_means_a_new_log_and_the_read_models_are_rebuilt()
    {
        var (log, store, connection) = await OpenAsync();
        await Es11Log.WriteAsync(log, null, Ct);
        await new RecordsProjection(log, store).CatchUpAsync(Ct);
        var expected = await DumpAsync(connection);
        await using (var db = await OpenDbAsync(connection))
        {
            await using var command = db.CreateCommand();
            command.CommandText = "UPDATE projection_checkpoints SET position = position + 1000; UPDATE decisions SET outcome = 'stale'";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var run = await new RecordsProjection(log, store).CatchUpAsync(Ct);

        Assert.Equal(expected, await DumpAsync(connection));
        Assert.Equal(await log.HeadPositionAsync(Ct), run.Position);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected void Own(IAsyncDisposable disposable) => _owned.Add(disposable);

    private async Task<(IEventLog Log, RecordsStore Store, EventLogConnection Connection)> OpenAsync()
    {
        var connection = await CreateDatabaseAsync();
        var log = await connection.OpenAsync(Clock, Ct);
        Own((IAsyncDisposable)log);
        var store = await RecordsStore.OpenAsync(connection, Ct);
        Own(store);
        return (log, store, connection);
    }

    private static async Task<DbConnection> OpenDbAsync(EventLogConnection connection)
    {
        var dataSource = connection.CreateDataSource();
        var db = await dataSource.OpenConnectionAsync(Ct);
        await dataSource.DisposeAsync();
        return db;
    }

    /// <summary>Every row of both read models and the checkpoints, in key order, one line each.</summary>
    internal static async Task<string> DumpAsync(EventLogConnection connection)
    {
        var text = new StringBuilder();
        await using var db = await OpenDbAsync(connection);
        foreach (var sql in new[]
                 {
                     "SELECT meeting, question, position, body, meeting_symbol, session, meeting_date, question_on, outcome, yes_votes, no_votes, abstentions, non_voting, majority, required, vetoed_by, resolution, kind, method, explanation FROM decisions ORDER BY meeting, question",
                     "SELECT state, meeting, question, vote FROM recorded_votes ORDER BY state, meeting, question",
                     "SELECT projection, position FROM projection_checkpoints ORDER BY projection",
                 })
        {
            await using var command = db.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                text.AppendJoin('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
            }
        }

        return text.ToString();
    }
}
