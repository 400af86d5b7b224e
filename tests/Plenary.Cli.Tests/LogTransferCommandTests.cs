using System.Text;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Cli.Tests;

/// <summary><c>plenary export-log</c> and <c>plenary import-log</c>: the whole log as JSON Lines, all or nothing.</summary>
public sealed class LogTransferCommandTests : IDisposable
{
    private readonly LogFolder _folder = new();

    [Fact]
    public async Task The_log_round_trips_SQLite_to_PostgreSQL_to_SQLite_through_the_command_line_byte_for_byte()
    {
        var source = await _folder.Es11LogAsync("source.db");
        await using var postgres = await PostgresDatabase.CreateAsync(TestContext.Current.CancellationToken);

        var exported = await Cli.RunAsync("export-log", "--to", _folder.Path("a.jsonl"), "--connection", source);
        var imported = await Cli.RunAsync("import-log", _folder.Path("a.jsonl"), "--provider", "postgres", "--connection", postgres.ConnectionString);
        var fromPostgres = await Cli.RunAsync("export-log", "--to", _folder.Path("b.jsonl"), "--provider", "postgres", "--connection", postgres.ConnectionString);
        var back = await Cli.RunAsync("import-log", _folder.Path("b.jsonl"), "--connection", _folder.Sqlite("back.db"));
        var again = await Cli.RunAsync("export-log", "--to", _folder.Path("c.jsonl"), "--provider", "sqlite", "--connection", _folder.Sqlite("back.db"));

        foreach (var (code, output, error) in new[] { exported, imported, fromPostgres, back, again })
        {
            Assert.True(code == 0, error);
            Assert.Empty(error);
        }

        var head = await LogFolder.HeadAsync(new EventLogConnection(EventLogProvider.Sqlite, source));
        Assert.Contains($"Exported {head} events", exported.Output, StringComparison.Ordinal);
        Assert.Contains($"Imported {head} events", imported.Output, StringComparison.Ordinal);
        Assert.Contains($"(positions 1-{head})", imported.Output, StringComparison.Ordinal);
        var a = await File.ReadAllBytesAsync(_folder.Path("a.jsonl"), TestContext.Current.CancellationToken);
        Assert.Equal(a, await File.ReadAllBytesAsync(_folder.Path("b.jsonl"), TestContext.Current.CancellationToken));
        Assert.Equal(a, await File.ReadAllBytesAsync(_folder.Path("c.jsonl"), TestContext.Current.CancellationToken));
        Assert.Equal(head, Cli.Lines(Encoding.UTF8.GetString(a)).Length);
    }

    [Fact]
    public async Task Import_into_an_empty_log_replaces_read_models_left_by_an_earlier_log()
    {
        var source = await _folder.Es11LogAsync("source.db");
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("log.jsonl"), "--connection", source)).ExitCode);
        var target = _folder.Sqlite("target.db");
        await using (var earlier = await Infrastructure.Projections.RecordsStore.OpenAsync(new EventLogConnection(EventLogProvider.Sqlite, target), TestContext.Current.CancellationToken))
        {
            await earlier.WriteAsync(
                [new Infrastructure.Projections.DecisionTaken(
                    new("gone", 1, 7, "GA", null, null, new DateOnly(2020, 1, 1), "A/74/L.1", "important", "recorded", "rejected", 1, 2, 3, 4, "two-thirds", 2, string.Empty, null, "Not adopted"),
                    [new("gone", 1, "UKR", "no")])],
                7,
                TestContext.Current.CancellationToken);
        }

        var (code, output, error) = await Cli.RunAsync("import-log", _folder.Path("log.jsonl"), "--connection", target);

        Assert.True(code == 0, error);
        Assert.Contains("Read models rebuilt: 3 rows written to decisions, 223 to recorded_votes", output, StringComparison.Ordinal);
        await using var store = await Infrastructure.Projections.RecordsStore.OpenAsync(new EventLogConnection(EventLogProvider.Sqlite, target), TestContext.Current.CancellationToken);
        var ukraine = await store.VotesOfAsync("UKR", 0, 10, TestContext.Current.CancellationToken);
        Assert.Equal(("A/ES-11/L.1", "yes"), (Assert.Single(ukraine).Decision.On, ukraine[0].Vote));
    }

    [Fact]
    public async Task Import_refuses_a_log_that_already_holds_events_and_writes_nothing()
    {
        var target = await _folder.Es11LogAsync("target.db");
        var other = await _folder.Es11LogAsync("other.db");
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("other.jsonl"), "--connection", other)).ExitCode);
        var before = await LogFolder.HeadAsync(new EventLogConnection(EventLogProvider.Sqlite, target));

        var (code, output, error) = await Cli.RunAsync("import-log", _folder.Path("other.jsonl"), "--connection", target);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith($"{_folder.Path("other.jsonl")}:0: --connection: the SQLite {_folder.Path("target.db")} log is not empty (it holds {before} events)", error, StringComparison.Ordinal);
        Assert.Contains("--append", error, StringComparison.Ordinal);
        Assert.Equal(before, await LogFolder.HeadAsync(new EventLogConnection(EventLogProvider.Sqlite, target)));
    }

    [Fact]
    public async Task Import_with_append_still_refuses_streams_that_do_not_continue_and_names_each_line()
    {
        var target = await _folder.Es11LogAsync("target.db");
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("same.jsonl"), "--connection", target)).ExitCode);
        var before = await LogFolder.HeadAsync(new EventLogConnection(EventLogProvider.Sqlite, target));

        var (code, _, error) = await Cli.RunAsync("import-log", _folder.Path("same.jsonl"), "--append", "--connection", target);

        Assert.Equal(1, code);
        var lines = Cli.Lines(error);
        Assert.StartsWith($"{_folder.Path("same.jsonl")}:1: version: stream '", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^.*same\.jsonl: \d+ errors; nothing was imported\.$", lines[^1]);
        Assert.All(lines[..^1], l => Assert.Matches(@"^.*same\.jsonl:\d+: version: stream '[^']+' continues at version \d+, not 1$", l));
        Assert.Equal(before, await LogFolder.HeadAsync(new EventLogConnection(EventLogProvider.Sqlite, target)));
    }

    [Fact]
    public async Task A_bad_line_is_reported_as_file_line_field_reason_and_nothing_is_imported()
    {
        var source = await _folder.Es11LogAsync("source.db");
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("good.jsonl"), "--connection", source)).ExitCode);
        var lines = (await File.ReadAllLinesAsync(_folder.Path("good.jsonl"), TestContext.Current.CancellationToken)).ToList();
        lines[1] = lines[1].Replace("\"version\":2", "\"version\":\"two\"", StringComparison.Ordinal);
        lines[4] = lines[4].Replace("\"name\":\"", "\"name\":\"no-such-", StringComparison.Ordinal);
        var bad = _folder.Path("bad.jsonl");
        await File.WriteAllLinesAsync(bad, lines, TestContext.Current.CancellationToken);
        var target = _folder.Sqlite("target.db");

        var (code, output, error) = await Cli.RunAsync("import-log", bad, "--connection", target);

        Assert.Equal(1, code);
        Assert.Empty(output);
        var errors = Cli.Lines(error);
        Assert.Equal($"{bad}:2: version: \"two\" is not a whole number from 1", errors[0]);
        var name = Assert.Single(errors, e => e.StartsWith($"{bad}:5: name: ", StringComparison.Ordinal));
        Assert.StartsWith($"{bad}:5: name: \"no-such-", name, StringComparison.Ordinal);
        Assert.EndsWith("is not a known event name", name, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", errors[^1], StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Path("target.db")));
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_shows_the_first_50_errors_and_how_many_there_were()
    {
        var notAnExport = _folder.Path("notes.jsonl");
        await File.WriteAllLinesAsync(notAnExport, Enumerable.Range(1, 80).Select(i => $"note {i}"), TestContext.Current.CancellationToken);

        var (code, _, error) = await Cli.RunAsync("import-log", notAnExport, "--connection", _folder.Sqlite("target.db"));

        Assert.Equal(1, code);
        var lines = Cli.Lines(error);
        Assert.Equal(51, lines.Length);
        Assert.StartsWith($"{notAnExport}:1: line: not valid JSON", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{notAnExport}:50: line: not valid JSON", lines[49], StringComparison.Ordinal);
        Assert.Equal($"{notAnExport}: 80 errors (the first 50 shown); nothing was imported.", lines[50]);
    }

    [Fact]
    public async Task A_line_that_is_not_UTF_8_is_reported_by_number_and_nothing_is_imported()
    {
        var source = await _folder.Es11LogAsync("source.db");
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("good.jsonl"), "--connection", source)).ExitCode);
        var bytes = (await File.ReadAllBytesAsync(_folder.Path("good.jsonl"), TestContext.Current.CancellationToken)).ToList();
        var third = bytes.Select((b, i) => (b, i)).Where(x => x.b == (byte)'\n').ElementAt(1).i + 1;
        bytes.InsertRange(third + 10, [0xC3, 0x28]);
        var bad = _folder.Path("bad.jsonl");
        await File.WriteAllBytesAsync(bad, [.. bytes], TestContext.Current.CancellationToken);
        var target = _folder.Sqlite("target.db");

        var (code, _, error) = await Cli.RunAsync("import-log", bad, "--connection", target);

        Assert.Equal(1, code);
        Assert.Equal($"{bad}:3: line: not valid UTF-8; nothing was imported.", Cli.Lines(error).Single());
        Assert.Equal(0, await LogFolder.HeadAsync(new EventLogConnection(EventLogProvider.Sqlite, target)));
    }

    [Fact]
    public async Task Import_of_a_missing_file_names_it()
    {
        var (code, _, error) = await Cli.RunAsync("import-log", _folder.Path("missing.jsonl"), "--connection", _folder.Sqlite("target.db"));

        Assert.Equal(1, code);
        Assert.Equal($"{_folder.Path("missing.jsonl")}:0: file: no such file", Cli.Lines(error).Single());
        Assert.False(File.Exists(_folder.Path("target.db")));
    }

    [Fact]
    public async Task Export_does_not_replace_a_file_without_force()
    {
        var source = await _folder.Es11LogAsync("source.db");
        var path = _folder.Path("existing.jsonl");
        await File.WriteAllTextAsync(path, "keep me\n", TestContext.Current.CancellationToken);

        var refused = await Cli.RunAsync("export-log", "--to", path, "--connection", source);
        var kept = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var forced = await Cli.RunAsync("export-log", "--to", path, "--force", "--connection", source);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"{path}:0: --to: the file exists; pass --force to replace it", Cli.Lines(refused.Error).Single());
        Assert.Equal("keep me\n", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{\"position\":1,", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.jsonl*"));
    }

    [Fact]
    public async Task Export_from_a_SQLite_file_that_is_not_there_fails_without_creating_it()
    {
        var (code, _, error) = await Cli.RunAsync("export-log", "--to", _folder.Path("out.jsonl"), "--connection", _folder.Sqlite("typo.db"));

        Assert.Equal(1, code);
        Assert.Equal($"{_folder.Path("typo.db")}:0: file: no such SQLite database (--connection \"{_folder.Sqlite("typo.db")}\")", Cli.Lines(error).Single());
        Assert.False(File.Exists(_folder.Path("typo.db")));
        Assert.False(File.Exists(_folder.Path("out.jsonl")));
    }

    [Fact]
    public async Task An_unknown_provider_is_refused()
    {
        var (code, _, error) = await Cli.RunAsync("export-log", "--to", _folder.Path("out.jsonl"), "--provider", "mysql");

        Assert.Equal(1, code);
        Assert.Equal("--provider: 'mysql' is not a provider: sqlite or postgres", Cli.Lines(error).Single());
    }

    [Fact]
    public async Task A_PostgreSQL_server_that_does_not_answer_is_reported_with_exit_4()
    {
        var source = await _folder.Es11LogAsync("source.db");
        Assert.Equal(0, (await Cli.RunAsync("export-log", "--to", _folder.Path("log.jsonl"), "--connection", source)).ExitCode);

        var (code, _, error) = await Cli.RunAsync(
            "import-log", _folder.Path("log.jsonl"), "--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2");

        Assert.Equal(4, code);
        Assert.StartsWith("--connection: cannot open the PostgreSQL 127.0.0.1:1/none log:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _folder.Dispose();
}
