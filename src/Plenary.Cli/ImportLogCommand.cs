using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Projections;

namespace Plenary.Cli;

/// <summary><c>plenary import-log FILE.jsonl</c>: restores an exported log, all of it or nothing.</summary>
/// <remarks>
/// <para>
/// Into an empty log only, unless <c>--append</c>: restoring over a log that already holds events
/// would mix two histories, which an administrator almost never means; with <c>--append</c> each
/// stream in the file must continue its stream in the log, version by version.
/// </para>
/// <para>
/// Every line is checked (UTF-8, JSON, fields, known event names, payloads that decode, versions
/// that follow) before anything is written; each error is printed as <c>FILE:LINE: field: reason</c>
/// and then nothing is imported. The events go in in one transaction.
/// </para>
/// <para>
/// Then the read models beside the log are brought to it (in their own transaction): rebuilt
/// after an import into an empty log, caught up after an append. Should that fail, the import
/// stands, the command exits 4 and <c>rebuild-projections</c> finishes the job.
/// </para>
/// </remarks>
internal static class ImportLogCommand
{
    // A file that is not an export at all would otherwise print a line per line.
    private const int ErrorsShown = 50;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The JSON Lines file, as plenary export-log writes it." };
        var append = new Option<bool>("--append") { Description = "Import into a log that already holds events: each stream in the file must continue its stream in the log." };
        var log = new LogOptions();
        var command = new Command("import-log", "Restore a JSON Lines export into the log, keeping every event's stream, version, name, schema version, payload and time.") { file, append };
        log.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"{path}:0: file: no such file");
                return PlenaryCommand.InvalidInput;
            }

            if (log.Resolve(parse, error, mustExist: false) is not { } connection)
            {
                return PlenaryCommand.InvalidInput;
            }

            if (await ReadAsync(path, error, cancellationToken) is not { } text)
            {
                return PlenaryCommand.InvalidInput;
            }

            // Into an empty log, a dry run in memory finds every error before the database is even opened (or a SQLite file created).
            var appending = parse.GetValue(append);
            if (!appending && !Report(path, await EventLogTransfer.ImportAsync(new StringReader(text), new InMemoryEventLog(), cancellationToken), error))
            {
                return PlenaryCommand.InvalidInput;
            }

            if (await LogOptions.OpenAsync(connection, error, cancellationToken) is not { } target)
            {
                return PlenaryCommand.LogUnavailable;
            }

            await using var closing = (IAsyncDisposable)target;
            var imported = false;
            try
            {
                var head = await target.HeadPositionAsync(cancellationToken);
                if (head > 0 && !appending)
                {
                    error.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{path}:0: --connection: the {connection.Describe()} log is not empty (it holds {head} events); import-log restores into an empty log, or pass --append to continue its streams. Nothing was imported."));
                    return PlenaryCommand.InvalidInput;
                }

                var result = await EventLogTransfer.ImportAsync(new StringReader(text), target, cancellationToken);
                if (!Report(path, result, error))
                {
                    return PlenaryCommand.InvalidInput;
                }

                imported = true;

                var now = await target.HeadPositionAsync(cancellationToken);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Imported {result.Imported} events from {path} into the {connection.Describe()} log (positions {head + 1}-{now})."));

                // Read models left in the database by an earlier log describe a history that is gone: into an empty log they are rebuilt, after an append caught up.
                await using var store = await RecordsStore.OpenAsync(connection, cancellationToken);
                using var projection = new RecordsProjection(target, store);
                var run = head == 0 ? await projection.RebuildAsync(cancellationToken) : await projection.CatchUpAsync(cancellationToken);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Read models {(head == 0 ? "rebuilt" : "brought up to date")}: {run.Rows.Decisions} rows written to decisions, {run.Rows.RecordedVotes} to recorded_votes, up to position {run.Position}."));
                return PlenaryCommand.Ok;
            }
            catch (ConcurrencyConflict e)
            {
                error.WriteLine($"{path}:0: version: another writer appended to the log during the import, nothing was imported: {e.Message}");
                return PlenaryCommand.InvalidInput;
            }
            catch (DbException e) when (!imported)
            {
                error.WriteLine($"{path}:0: --connection: the {connection.Describe()} log refused the import, nothing was imported: {e.Message}");
                return PlenaryCommand.LogUnavailable;
            }
            catch (DbException e)
            {
                error.WriteLine($"--connection: the events were imported but the read models could not be brought up to date; run plenary rebuild-projections: {e.Message}");
                return PlenaryCommand.LogUnavailable;
            }
        });
        return command;
    }

    /// <summary>Writes the errors of a failed import, at most <see cref="ErrorsShown"/> of them; false if there were any.</summary>
    private static bool Report(string path, ImportResult result, TextWriter error)
    {
        if (result.Succeeded)
        {
            return true;
        }

        foreach (var e in result.Errors.Take(ErrorsShown))
        {
            error.WriteLine($"{path}:{e.Line.ToString(CultureInfo.InvariantCulture)}: {e.Field}: {e.Message}");
        }

        var count = result.Errors.Count;
        var shown = count > ErrorsShown ? string.Create(CultureInfo.InvariantCulture, $" (the first {ErrorsShown} shown)") : string.Empty;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} {(count == 1 ? "error" : "errors")}{shown}; nothing was imported."));
        return false;
    }

    /// <summary>The file as text, or null with the first line that is not UTF-8 reported: a lenient decoder would turn bad bytes into U+FFFD and import them.</summary>
    private static async Task<string?> ReadAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}:0: file: cannot be read: {e.Message}");
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var line = 1;
            var rest = span;
            while (rest.IndexOf((byte)'\n') is var end and >= 0)
            {
                if (!IsUtf8(rest[..end]))
                {
                    break;
                }

                rest = rest[(end + 1)..];
                line++;
            }

            error.WriteLine($"{path}:{line.ToString(CultureInfo.InvariantCulture)}: line: not valid UTF-8; nothing was imported.");
            return null;
        }
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
