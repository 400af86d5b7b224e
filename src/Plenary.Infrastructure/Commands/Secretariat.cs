using System.Collections.Concurrent;
using System.Collections.Immutable;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Resolutions;

namespace Plenary.Infrastructure.Commands;

/// <summary>Runs commands over the event log: catches up with it, lets the domain decide, and appends every resulting event, across streams, in one append.</summary>
/// <remarks>
/// One instance per log and process. It keeps every stream's folded state with its version and
/// catches up from the log's global position before each command, so writers in other processes
/// are seen. A command is all-or-nothing: the meeting's events and what follows on the draft and
/// the body's record are appended together with the versions they were decided on, and a
/// concurrent writer makes the append fail with <see cref="ConcurrencyConflict"/> (the caller may
/// retry). Commands on the same stream run one at a time in this process; different streams run
/// in parallel.
/// </remarks>
public sealed class Secretariat
{
    private const int CatchUpPage = 4096;

    private readonly IEventLog _log;
    private readonly SemaphoreSlim _catchUpGate = new(1, 1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _streamGates = new(StringComparer.Ordinal);
    // Held while events are applied; readers never take it: they read _standing, an immutable
    // value, as it was last published.
    private readonly Lock _gate = new();
    private Standing _standing = Standing.Empty;

    // Every position up to _position has been applied; _beyond holds those applied past a gap.
    // Own commits finish out of order, and counting them here spares the next catch-up a read.
    private long _position;
    private readonly SortedSet<long> _beyond = [];

    /// <param name="register">Member States and Council seats by date.</param>
    /// <param name="bodies">The bodies this log runs, the Assembly and the Council among them.</param>
    /// <param name="log">Where events are appended.</param>
    /// <param name="councilResolutions">The Council's real resolution numbers, when known.</param>
    public Secretariat(MembershipRegister register, IEnumerable<Body> bodies, IEventLog log, CouncilResolutions? councilResolutions = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(log);
        Register = register;
        _log = log;
        Bodies = bodies.ToImmutableDictionary(b => b.Id);
        CouncilResolutions = councilResolutions ?? CouncilResolutions.Empty;

        // This process's own appends are applied as the log commits them, in position order, so
        // that catching up reads only what other processes wrote.
        log.Committed += Apply;
    }

    public MembershipRegister Register { get; }

    public ImmutableDictionary<BodyId, Body> Bodies { get; }

    public IEventLog Log => _log;

    internal CouncilResolutions CouncilResolutions { get; }

    public static string MeetingStream(string id) => $"meeting-{id}";

    public static string DraftStream(string symbol) => $"draft-{symbol}";

    public static string BodyStream(BodyId id) => $"body-{id}";

    public Body Body(BodyId id) => Bodies.TryGetValue(id, out var body)
        ? body
        : throw new ProcedureViolation("unknown-body", "practice", $"There is no body '{id}'.");

    /// <summary>A batch over the streams as this process last saw them; call <see cref="CatchUpAsync"/> first to see other writers.</summary>
    public Batch Begin() => new(this, Volatile.Read(ref _standing));

    /// <summary>The streams as they stand in the log now, for reading.</summary>
    public async Task<Batch> ReadAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        return Begin();
    }

    /// <summary>Folds every event appended to the log since the last catch-up, by any writer.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _catchUpGate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var from = Volatile.Read(ref _position) + 1;

                var events = await _log.ReadAllAsync(from, CatchUpPage, cancellationToken);
                if (events.Count == 0)
                {
                    return;
                }

                Apply(events);
                if (events.Count < CatchUpPage)
                {
                    return;
                }
            }
        }
        finally
        {
            _catchUpGate.Release();
        }
    }

    /// <summary>Appends every event the batch staged in one call; nothing is written if any stream moved since the batch read it.</summary>
    /// <exception cref="ConcurrencyConflict">Another writer appended to one of the streams.</exception>
    public async Task<IReadOnlyList<RecordedEvent>> CommitAsync(Batch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Appends.Count == 0)
        {
            return [];
        }

        // Folded already: the log raised Committed with these events before the append returned.
        return await _log.AppendAsync(batch.Appends, cancellationToken);
    }

    /// <summary>Runs <paramref name="commands"/> on a batch for <paramref name="stream"/>, one command at a time per stream, and commits it.</summary>
    /// <param name="expectedVersion">The version the caller last saw (an HTTP <c>If-Match</c>), if it wants the command refused when the stream has moved on.</param>
    /// <exception cref="StaleVersion">The stream is not at <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ConcurrencyConflict">Another process appended to a stream in between.</exception>
    /// <exception cref="ProcedureViolation">A rule refused the command; nothing was written.</exception>
    public async Task<CommandResult> ExecuteAsync(string stream, long? expectedVersion, Action<Batch> commands, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(commands);
        var streamGate = _streamGates.GetOrAdd(stream, _ => new SemaphoreSlim(1, 1));
        await streamGate.WaitAsync(cancellationToken);
        try
        {
            var batch = await ReadAsync(cancellationToken);
            if (expectedVersion is { } expected && batch.Version(stream) != expected)
            {
                throw new StaleVersion(stream, expected, batch.Version(stream));
            }

            commands(batch);
            var events = await CommitAsync(batch, cancellationToken);
            return new CommandResult(events, batch.Version(stream));
        }
        finally
        {
            streamGate.Release();
        }
    }

    public Task<CommandResult> ExecuteAsync(string meeting, MeetingCommand command, CancellationToken cancellationToken) =>
        ExecuteAsync(MeetingStream(meeting), null, b => b.Execute(meeting, command), cancellationToken);

    public Task<CommandResult> ExecuteAsync(string draft, DraftCommand command, CancellationToken cancellationToken) =>
        ExecuteAsync(DraftStream(OriginalOf(draft)), null, b => b.Execute(draft, command), cancellationToken);

    public Task<CommandResult> ExecuteAsync(BodyId body, BodyRecordCommand command, CancellationToken cancellationToken) =>
        ExecuteAsync(BodyStream(body), null, b => b.Execute(body, command), cancellationToken);

    /// <summary>The first symbol of a draft known by a revision's symbol, or the symbol itself.</summary>
    public string OriginalOf(string draft) => Volatile.Read(ref _standing).Revisions.GetValueOrDefault(draft, draft);

    private void Apply(IReadOnlyList<RecordedEvent> events)
    {
        lock (_gate)
        {
            var standing = _standing;
            foreach (var e in events)
            {
                if (e.Position <= _position || _beyond.Contains(e.Position))
                {
                    continue;
                }

                if (e.Version > standing.Version(e.Stream) + 1)
                {
                    // Another process wrote the versions before it and they are not read yet: the
                    // position stays unapplied, and the next catch-up reads them all in order.
                    continue;
                }

                standing = standing.Apply(e.Stream, e.Version, e.Event);
                _beyond.Add(e.Position);
            }

            Volatile.Write(ref _standing, standing);
            var position = _position;
            while (_beyond.Count > 0 && _beyond.Min == position + 1)
            {
                position++;
                _beyond.Remove(position);
            }

            Volatile.Write(ref _position, position);
        }
    }
}
