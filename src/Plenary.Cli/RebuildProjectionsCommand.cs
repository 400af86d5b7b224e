using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Plenary.Infrastructure.Projections;

namespace Plenary.Cli;

/// <summary><c>plenary rebuild-projections</c>: drops the read models beside the log and rebuilds them from it.</summary>
/// <remarks>
/// One transaction: readers (a running server's API) see the old rows until the new ones are
/// complete, and a failure leaves the old ones. Under SQLite the log's writers wait meanwhile.
/// </remarks>
internal static class RebuildProjectionsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var log = new LogOptions();
        var command = new Command("rebuild-projections", "Drop the read models (decisions, recorded votes) and rebuild them from the event log.");
        log.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (log.Resolve(parse, error, mustExist: true) is not { } connection)
            {
                return PlenaryCommand.InvalidInput;
            }

            if (await LogOptions.OpenAsync(connection, error, cancellationToken) is not { } source)
            {
                return PlenaryCommand.LogUnavailable;
            }

            await using var closing = (IAsyncDisposable)source;
            try
            {
                await using var store = await RecordsStore.OpenAsync(connection, cancellationToken);
                var started = TimeProvider.System.GetTimestamp();
                using var projection = new RecordsProjection(source, store);
                var run = await projection.RebuildAsync(cancellationToken);
                var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Rebuilt the read models from the {connection.Describe()} log: {run.EventsRead} events read (up to position {run.Position}); {run.Rows.Decisions} rows written to decisions, {run.Rows.RecordedVotes} to recorded_votes; {seconds:0.00} s."));
                return PlenaryCommand.Ok;
            }
            catch (DbException e)
            {
                error.WriteLine($"--connection: the {connection.Describe()} database refused the rebuild; the read models are as they were: {e.Message}");
                return PlenaryCommand.LogUnavailable;
            }
            catch (JsonException e)
            {
                error.WriteLine($"--connection: an event in the {connection.Describe()} log does not decode; the read models are as they were: {e.Message}");
                return PlenaryCommand.InvalidInput;
            }
        });
        return command;
    }
}
