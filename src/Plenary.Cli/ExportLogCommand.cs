using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Cli;

/// <summary><c>plenary export-log --to FILE.jsonl</c>: the whole log as JSON Lines, one event per line exactly as stored.</summary>
/// <remarks>
/// The file is written beside its destination under a temporary name and moved into place only
/// once complete, so an interrupted export never leaves a file that looks whole. An existing file
/// is replaced only with <c>--force</c>.
/// </remarks>
internal static class ExportLogCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var to = new Option<string>("--to") { Description = "The JSON Lines file to write.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var log = new LogOptions();
        var command = new Command("export-log", "Write every event of the log to a JSON Lines file, in position order, exactly as stored.") { to, force };
        log.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(to)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                error.WriteLine($"{path}:0: --to: the file exists; pass --force to replace it");
                return PlenaryCommand.InvalidInput;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(directory))
            {
                error.WriteLine($"{path}:0: --to: no such directory {directory}");
                return PlenaryCommand.InvalidInput;
            }

            if (log.Resolve(parse, error, mustExist: true) is not { } connection)
            {
                return PlenaryCommand.InvalidInput;
            }

            if (await LogOptions.OpenAsync(connection, error, cancellationToken) is not { } source)
            {
                return PlenaryCommand.LogUnavailable;
            }

            await using var closing = (IAsyncDisposable)source;

            var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.partial");
            try
            {
                long count;
                await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    count = await EventLogTransfer.ExportAsync(source, writer, cancellationToken);
                    await writer.FlushAsync(cancellationToken);
                    if (writer.BaseStream is FileStream file)
                    {
                        // On disk before the move makes it the export.
                        file.Flush(flushToDisk: true);
                    }
                }

                File.Move(temporary, path, overwrite: true);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} events from the {connection.Describe()} log to {path}."));
                return PlenaryCommand.Ok;
            }
            catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}:0: --to: export failed, nothing written: {e.Message}");
                return e is DbException ? PlenaryCommand.LogUnavailable : PlenaryCommand.InvalidInput;
            }
            finally
            {
                File.Delete(temporary);
            }
        });
        return command;
    }
}
