using Microsoft.Data.Sqlite;

namespace Plenary.Cli.Tests;

/// <summary><c>plenary rebuild-projections</c>: the read models dropped and rebuilt from the log, with what it did.</summary>
public sealed class RebuildProjectionsCommandTests : IDisposable
{
    private readonly LogFolder _folder = new();

    [Fact]
    public async Task Rebuild_prints_events_read_and_rows_written_and_the_tables_answer_how_Ukraine_voted()
    {
        var log = await _folder.Es11LogAsync("plenary.db");

        var (code, output, error) = await Cli.RunAsync("rebuild-projections", "--connection", log);

        Assert.True(code == 0, error);
        Assert.Empty(error);
        Assert.Matches(
            $@"^Rebuilt the read models from the SQLite {System.Text.RegularExpressions.Regex.Escape(_folder.Path("plenary.db"))} log: (\d+) events read \(up to position \1\); 3 rows written to decisions, 223 to recorded_votes; \d+\.\d\d s\.$",
            output.TrimEnd());
        Assert.Equal("yes", await ScalarAsync(log, "SELECT vote FROM recorded_votes WHERE state = 'UKR'"));
        Assert.Equal("141|5|35|A/RES/ES-11/1", await ScalarAsync(log, "SELECT yes_votes || '|' || no_votes || '|' || abstentions || '|' || resolution FROM decisions WHERE question_on = 'A/ES-11/L.1'"));
    }

    [Fact]
    public async Task Rebuilding_twice_gives_the_same_rows_and_replaces_tampered_ones()
    {
        var log = await _folder.Es11LogAsync("plenary.db");
        Assert.Equal(0, (await Cli.RunAsync("rebuild-projections", "--connection", log)).ExitCode);
        var first = await DumpAsync(log);
        await ScalarAsync(log, "UPDATE decisions SET outcome = 'tampered'");

        var (code, _, error) = await Cli.RunAsync("rebuild-projections", "--connection", log);

        Assert.True(code == 0, error);
        Assert.Equal(first, await DumpAsync(log));
    }

    [Fact]
    public async Task Rebuild_on_a_SQLite_file_that_is_not_there_fails_without_creating_it()
    {
        var (code, output, error) = await Cli.RunAsync("rebuild-projections", "--connection", _folder.Sqlite("missing.db"));

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith($"{_folder.Path("missing.db")}:0: file: no such SQLite database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Path("missing.db")));
    }

    [Fact]
    public async Task Rebuild_on_PostgreSQL_after_an_import_gives_the_rows_SQLite_gives()
    {
        var sqlite = await _folder.Es11LogAsync("plenary.db");
        await using var postgres = await PostgresDatabase.CreateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("log.jsonl"), "--connection", sqlite)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("import-log", _folder.Path("log.jsonl"), "--provider", "postgres", "--connection", postgres.ConnectionString)).ExitCode);

        var onSqlite = await Cli.RunAsync("rebuild-projections", "--connection", sqlite);
        var onPostgres = await Cli.RunAsync("rebuild-projections", "--provider", "postgres", "--connection", postgres.ConnectionString);

        Assert.True(onPostgres.ExitCode == 0, onPostgres.Error);
        Assert.Equal(Counts(onSqlite.Output), Counts(onPostgres.Output));
        Assert.Contains("3 rows written to decisions, 223 to recorded_votes", onPostgres.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static string Counts(string output) => output[output.IndexOf(": ", StringComparison.Ordinal)..output.LastIndexOf(';')];

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))?.ToString();
    }

    private static async Task<string> DumpAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        foreach (var table in new[] { "decisions ORDER BY meeting, question", "recorded_votes ORDER BY state, meeting, question", "projection_checkpoints ORDER BY projection" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM " + table;
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
            }
        }

        return string.Join('\n', lines);
    }
}
