using System.Runtime.CompilerServices;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Hosting;
using Plenary.Server.Live;

namespace Plenary.Server.Components.Live;

/// <summary>What a live page shows of a meeting: a snapshot now, then a fresh one after every committed change, from the same in-process feed as SignalR and SSE watchers.</summary>
/// <remarks>
/// A page renders whole snapshots, never applies events itself, so a burst of events (193 votes
/// in a second) is read once: every event waiting in the subscription is taken before the next
/// snapshot. A subscriber that falls behind loses nothing either, since each snapshot is read
/// from the log's fold, not pieced together from the events it was told about.
/// </remarks>
public sealed class MeetingWatch(Chamber chamber, MeetingFeed feed)
{
    /// <summary>The meeting now, or null when no meeting has this id.</summary>
    public async Task<MeetingView?> ReadAsync(string meeting, CancellationToken cancellationToken)
    {
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        var state = batch.Meeting(meeting);
        return state.Opened ? new MeetingView(meeting, state, batch.Version(Secretariat.MeetingStream(meeting)), batch) : null;
    }

    /// <summary>The meeting now, then after every change until cancelled; nothing when no meeting has this id.</summary>
    public async IAsyncEnumerable<MeetingView> WatchAsync(string meeting, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = await feed.SubscribeAsync(meeting, cancellationToken);
        var view = await ReadAsync(meeting, cancellationToken);
        if (view is null)
        {
            yield break;
        }

        yield return view;
        var shown = view.Version;
        while (await subscription.Reader.WaitToReadAsync(cancellationToken))
        {
            while (subscription.Reader.TryRead(out _))
            {
            }

            view = await ReadAsync(meeting, cancellationToken);
            if (view is not null && view.Version > shown)
            {
                shown = view.Version;
                yield return view;
            }
        }
    }
}
