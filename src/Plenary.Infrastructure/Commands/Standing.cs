using System.Collections.Immutable;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;

namespace Plenary.Infrastructure.Commands;

/// <summary>Every stream's state as folded so far, with its version, and which revision symbol leads to which draft.</summary>
/// <remarks>
/// Immutable, so a <see cref="Batch"/> can stage changes on top of it and a scenario can roll a
/// step back by keeping the earlier value. An event is applied only if it is the stream's next
/// version; one already applied is skipped, so own appends and a catch-up from the log may overlap.
/// <see cref="Ballots"/> answers a ballot sent again: by the reference its vote was cast with, or,
/// for a ballot that changed nothing (and so cast no vote), by its own acknowledgement stream.
/// </remarks>
internal sealed record Standing(
    ImmutableDictionary<string, StreamState> Streams,
    ImmutableDictionary<string, string> Revisions,
    ImmutableDictionary<string, BallotAcknowledged> Ballots)
{
    public static Standing Empty { get; } = new(
        ImmutableDictionary.Create<string, StreamState>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, BallotAcknowledged>(StringComparer.Ordinal));

    public long Version(string stream) => Streams.TryGetValue(stream, out var s) ? s.Version : 0;

    public TState State<TState>(string stream, TState initial)
        where TState : class =>
        Streams.TryGetValue(stream, out var s) && s.State is TState state ? state : initial;

    /// <exception cref="InvalidOperationException">The event would leave a gap in the stream.</exception>
    public Standing Apply(string stream, long version, object @event)
    {
        var current = Streams.TryGetValue(stream, out var s) ? s : new StreamState(null, 0);
        if (version <= current.Version)
        {
            return this;
        }

        if (version != current.Version + 1)
        {
            throw new InvalidOperationException($"Stream {stream} is at version {current.Version}; version {version} cannot follow it.");
        }

        if (@event is BallotAcknowledged acknowledged)
        {
            // Nothing else reads these streams: only their versions are kept beside the answers.
            return new Standing(Streams.SetItem(stream, new StreamState(null, version)), Revisions, Ballots.SetItem(stream, acknowledged));
        }

        object? next = @event switch
        {
            MeetingEvent e => MeetingState.Evolve(current.State as MeetingState ?? MeetingState.Initial, e),
            DraftEvent e => DraftState.Evolve(current.State as DraftState ?? DraftState.Initial, e),
            BodyRecordEvent e => BodyRecordState.Evolve(current.State as BodyRecordState ?? BodyRecordState.Initial, e),
            _ => current.State,
        };
        var revisions = @event is DraftRevised revised && next is DraftState draft
            ? Revisions.SetItem(revised.NewSymbol, draft.OriginalSymbol)
            : Revisions;
        var ballots = @event is VoteCast { Reference: { } reference } cast && next is MeetingState meeting
            ? Ballots.SetItem(BallotAcknowledged.Stream(meeting.Id, reference), new BallotAcknowledged(meeting.Id, reference, cast.Question, cast.State, cast.Vote, version))
            : Ballots;
        return new Standing(Streams.SetItem(stream, new StreamState(next, version)), revisions, ballots);
    }
}

/// <summary>A stream's folded state (null for a stream of events this runner does not fold) at a version.</summary>
internal readonly record struct StreamState(object? State, long Version);
