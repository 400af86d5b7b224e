using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Tests.EventCodec;

namespace Plenary.Infrastructure.Tests.EventLog;

public sealed class EventLogTransferTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2022, 2, 25, 15, 0, 0, TimeSpan.Zero));
    private readonly List<string> _files = [];
    private readonly List<IAsyncDisposable> _owned = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_log_exported_from_SQLite_imports_into_PostgreSQL_and_back_byte_for_byte()
    {
        var sqlite = await SqliteAsync();
        await FillAsync(sqlite);
        var exported = await ExportAsync(sqlite);

        var postgres = Own(await PostgresEventLog.OpenAsync((await PostgresDatabaseAsync()).ConnectionString, _clock, Ct));
        var intoPostgres = await EventLogTransfer.ImportAsync(new StringReader(exported), postgres, Ct);
        var fromPostgres = await ExportAsync(postgres);
        var back = await SqliteAsync();
        var intoSqlite = await EventLogTransfer.ImportAsync(new StringReader(fromPostgres), back, Ct);

        Assert.True(intoPostgres.Succeeded, string.Join(Environment.NewLine, intoPostgres.Errors));
        Assert.Equal(EventSamples.All.Count, intoPostgres.Imported);
        Assert.Equal(exported, fromPostgres);
        Assert.True(intoSqlite.Succeeded, string.Join(Environment.NewLine, intoSqlite.Errors));
        Assert.Equal(exported, await ExportAsync(back));
    }

    [Fact]
    public async Task An_export_is_one_line_per_event_with_the_payload_as_stored()
    {
        var log = new InMemoryEventLog(_clock);
        _clock.Advance(TimeSpan.FromTicks(15));
        await log.AppendAsync([new StreamAppend("SC-8979", 0, [new VoteCast(1, EventSamples.Rus, Vote.No), new VotingClosed(1)])], Ct);

        var exported = await ExportAsync(log);

        Assert.Equal(
            """
            {"position":1,"stream":"SC-8979","version":1,"name":"vote-cast","schemaVersion":1,"recordedAt":"2022-02-25T15:00:00.000001Z","data":{"question":1,"state":"RUS","vote":"no"}}
            {"position":2,"stream":"SC-8979","version":2,"name":"voting-closed","schemaVersion":1,"recordedAt":"2022-02-25T15:00:00.000001Z","data":{"question":1}}

            """.ReplaceLineEndings("\n"),
            exported);
    }

    [Fact]
    public async Task An_import_reports_every_bad_line_by_number_and_writes_nothing()
    {
        var source = new InMemoryEventLog(_clock);
        await FillAsync(source);
        var lines = (await ExportAsync(source)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = string.Join(
            "\n",
            lines[0],
            "{\"position\":2,",
            lines[2].Replace("\"name\":\"", "\"name\":\"unknown-", StringComparison.Ordinal),
            lines[3].Replace("\"data\":{", "\"data\":{\"extra\":true,", StringComparison.Ordinal),
            lines[4].Replace("\"recordedAt\":\"2022-02-25T", "\"recordedAt\":\"25/02/2022 ", StringComparison.Ordinal) + " ",
            lines[5].Replace("\"stream\":", "\"colour\":\"red\",\"stream\":", StringComparison.Ordinal),
            lines[6],
            lines[8],
            "[]");
        var target = await SqliteAsync();

        var result = await EventLogTransfer.ImportAsync(new StringReader(file), target, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Imported);
        Assert.Equal(
            [(2, "line"), (3, "name"), (4, "data"), (5, "recordedAt"), (6, "colour"), (7, "version"), (8, "version"), (9, "line")],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("not valid JSON", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("extra", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("line 3: name: \"unknown-", result.Errors[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await target.HeadPositionAsync(Ct));
    }

    [Fact]
    public async Task An_import_continues_a_stream_of_the_target_log_only_from_its_version()
    {
        var source = new InMemoryEventLog(_clock);
        await source.AppendAsync([new StreamAppend("GA-ES-11-1", 0, [new VotingClosed(1)])], Ct);
        var file = await ExportAsync(source);
        var target = await SqliteAsync();
        await target.AppendAsync([new StreamAppend("GA-ES-11-1", 0, [new VotingClosed(7)])], Ct);

        var refused = await EventLogTransfer.ImportAsync(new StringReader(file), target, Ct);
        var continued = await EventLogTransfer.ImportAsync(new StringReader(file.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal)), target, Ct);

        Assert.Equal("line 1: version: stream 'GA-ES-11-1' continues at version 2, not 1", Assert.Single(refused.Errors).ToString());
        Assert.True(continued.Succeeded);
        Assert.Equal([7, 1], (await target.ReadStreamAsync("GA-ES-11-1", 1, Ct)).Select(r => ((VotingClosed)r.Event).Question));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned.AsEnumerable().Reverse())
        {
            await owned.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }

    /// <summary>Every sample event, in a meeting, a draft and a body stream, appended over several seconds by a clock with sub-microsecond noise.</summary>
    private async Task FillAsync(IEventLog log)
    {
        var version = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in EventSamples.All.Chunk(3))
        {
            var appends = chunk
                .GroupBy(e => e switch { MeetingEvent => "GA-ES-11-1", DraftEvent => "draft-A/ES-11/L.1", _ => "body-GA" })
                .Select(g => new StreamAppend(g.Key, version.GetValueOrDefault(g.Key), [.. g]))
                .ToList();
            await log.AppendAsync(appends, Ct);
            foreach (var append in appends)
            {
                version[append.Stream] = append.ExpectedVersion + append.Events.Count;
            }

            _clock.Advance(TimeSpan.FromTicks(3_217_777));
        }
    }

    private static async Task<string> ExportAsync(IEventLog log)
    {
        var writer = new StringWriter();
        await EventLogTransfer.ExportAsync(log, writer, Ct);
        return writer.ToString();
    }

    private async Task<SqliteEventLog> SqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plenary-{Environment.ProcessId}-{Path.GetRandomFileName()}.db");
        _files.Add(path);
        return Own(await SqliteEventLog.OpenAsync($"Data Source={path}", _clock, Ct));
    }

    private async Task<PostgresDatabase> PostgresDatabaseAsync() => Own(await PostgresDatabase.CreateAsync(Ct));

    private T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
