using System.Runtime.CompilerServices;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Projections;

/// <summary>Keeps the decisions and recorded-votes read models up with the log, or rebuilds them from it.</summary>
/// <remarks>
/// <para>
/// The projector's memory (open questions, draft symbols) is refolded from the log up to the
/// stored checkpoint when it first catches up, without writing; from there every page of events
/// that changes rows is written with its checkpoint in one transaction. A page that changes no
/// row is written only every <see cref="CheckpointEvery"/> events (or by <see cref="FlushAsync"/>),
/// so that a busy vote, thousands of ballots and no decision, does not add a write transaction
/// per poll beside the log's own writer; the rows are right for the stored checkpoint either way.
/// </para>
/// <para>A checkpoint beyond the log's head means the log was replaced under the read models: they are rebuilt.</para>
/// </remarks>
public sealed class RecordsProjection(IEventLog log, RecordsStore store) : IDisposable
{
    public const int PageSize = 1000;
    public const long CheckpointEvery = 10_000;

    // A few seconds of a busy vote; a projection further behind reads the rest back.
    private const int AnnouncedKept = 20_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly AnnouncedCommits _announced = new(log, AnnouncedKept);
    private RecordsProjector? _projector;
    private long _stored;

    /// <summary>The last log position applied in memory (written or not).</summary>
    public long Position => _projector?.Position ?? 0;

    public RecordsStore Store => store;

    /// <summary>Applies every event committed since the last call; returns what it did.</summary>
    public async Task<ProjectionRun> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var projector = _projector;
            if (projector is null)
            {
                var checkpoint = await store.CheckpointAsync(cancellationToken);
                if (checkpoint > await log.HeadPositionAsync(cancellationToken))
                {
                    return await RebuildLockedAsync(cancellationToken);
                }

                projector = await FoldAsync(checkpoint, cancellationToken);
                (_projector, _stored) = (projector, checkpoint);
            }

            var run = new ProjectionRun(0, new RowsWritten(0, 0), projector.Position);
            while (true)
            {
                var page = await _announced.ReadAllAsync(projector.Position + 1, PageSize, cancellationToken);
                if (page.Count == 0)
                {
                    return run;
                }

                var changes = new List<RecordsChange>();
                var next = projector.Apply(page, changes);
                var written = new RowsWritten(0, 0);
                if (changes.Count > 0 || next.Position - _stored >= CheckpointEvery)
                {
                    written = await store.WriteAsync(changes, next.Position, cancellationToken);
                    _stored = next.Position;
                }

                // Only once the write committed: a failed write is retried from the same events.
                _projector = projector = next;
                run = new ProjectionRun(run.EventsRead + page.Count, run.Rows + written, next.Position);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops keeping the log's announcements; the projection still works, reading everything back.</summary>
    /// <remarks>The gate is left alone: a host may stop (and flush) twice, and a SemaphoreSlim whose wait handle was never asked for holds nothing to release.</remarks>
    public void Dispose() => _announced.Dispose();

    /// <summary>Writes the checkpoint if events that changed no row were applied since the last write.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_projector is { } projector && projector.Position > _stored)
            {
                await store.WriteAsync([], projector.Position, cancellationToken);
                _stored = projector.Position;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the read models and rebuilds them from the whole log, in one transaction.</summary>
    public async Task<ProjectionRun> RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RebuildLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ProjectionRun> RebuildLockedAsync(CancellationToken cancellationToken)
    {
        var projector = RecordsProjector.Initial;
        long read = 0;
        async IAsyncEnumerable<(IReadOnlyList<RecordsChange>, long)> Batches([EnumeratorCancellation] CancellationToken token = default)
        {
            while (true)
            {
                var page = await log.ReadAllAsync(projector.Position + 1, PageSize, token);
                if (page.Count == 0)
                {
                    yield break;
                }

                var changes = new List<RecordsChange>();
                projector = projector.Apply(page, changes);
                read += page.Count;
                yield return (changes, projector.Position);
            }
        }

        var rows = await store.ReplaceAsync(Batches(cancellationToken), cancellationToken);
        (_projector, _stored) = (projector, projector.Position);
        return new ProjectionRun(read, rows, projector.Position);
    }

    private async Task<RecordsProjector> FoldAsync(long upTo, CancellationToken cancellationToken)
    {
        var projector = RecordsProjector.Initial;
        var ignored = new List<RecordsChange>();
        while (projector.Position < upTo)
        {
            var page = await log.ReadAllAsync(projector.Position + 1, (int)Math.Min(PageSize, upTo - projector.Position), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            projector = projector.Apply(page, ignored);
            ignored.Clear();
        }

        return projector;
    }
}
