using System.Data.Common;
using Plenary.Infrastructure.Projections;

namespace Plenary.Server.Hosting;

/// <summary>Keeps the read models of decisions and recorded votes current: catches up at start-up, then whenever the log's head moves.</summary>
/// <remarks>
/// Polling the head position is one indexed MAX per interval (<c>Projections:PollMilliseconds</c>,
/// default 250), and it also sees commits by other server processes on a shared PostgreSQL log,
/// which an in-process "committed" signal would not. The read endpoints call
/// <see cref="CurrentAsync"/> first, so a client that has just had a result announced reads it.
/// A failed catch-up (the database busy, a rebuild dropping the tables, an event it cannot read) is logged and retried; it never stops the server.
/// </remarks>
public sealed partial class RecordsKeeper(Chamber chamber, IConfiguration configuration, TimeProvider clock, ILogger<RecordsKeeper> logger) : BackgroundService
{
    /// <summary>How long a read waits for the read models to open before it is answered 503.</summary>
    public static readonly TimeSpan ReadinessWait = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource<RecordsProjection> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The read models, caught up with everything committed before the call.</summary>
    /// <exception cref="Problems.ServiceUnavailable">They have not opened within <see cref="ReadinessWait"/> (the database is unreachable, say).</exception>
    public async Task<RecordsStore> CurrentAsync(CancellationToken cancellationToken)
    {
        RecordsProjection projection;
        try
        {
            projection = await _ready.Task.WaitAsync(ReadinessWait, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new Problems.ServiceUnavailable("The record of decisions and votes is not open yet: its database has not answered. The log and its commands are unaffected.", ReadinessWait);
        }

        await projection.CatchUpAsync(cancellationToken);
        return projection.Store;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_ready.Task.IsCompletedSuccessfully)
        {
            var projection = await _ready.Task;
            try
            {
                await projection.FlushAsync(cancellationToken);
            }
            catch (DbException e)
            {
                LogFailed(e);
            }

            await projection.Store.DisposeAsync();
            projection.Dispose();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Projections:PollMilliseconds", 250));
        while (!chamber.IsReady)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, stoppingToken);
        }

        RecordsProjection? projection = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (projection is null)
                {
                    var store = await RecordsStore.OpenAsync(EventLogSettings.From(configuration), stoppingToken);
                    projection = new RecordsProjection(chamber.Secretariat.Log, store);
                    var run = await projection.CatchUpAsync(stoppingToken);
                    _ready.TrySetResult(projection);
                    LogCaughtUp(run.EventsRead, run.Rows.Decisions, run.Rows.RecordedVotes, run.Position);
                }
                else
                {
                    await projection.CatchUpAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is DbException or System.Text.Json.JsonException or InvalidOperationException)
            {
                // The read models are a convenience beside the log: their failure must not stop the server that writes it.
                LogFailed(e);
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read models current: {Events} events read, {Decisions} decisions and {Votes} recorded votes written, at position {Position}")]
    private partial void LogCaughtUp(long events, int decisions, int votes, long position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bringing the read models up to date failed; retrying")]
    private partial void LogFailed(Exception exception);
}
