using Microsoft.AspNetCore.SignalR;
using Plenary.Server.Hosting;

namespace Plenary.Server.Live;

/// <summary>The SignalR hub at <c>/hubs/meetings</c>: a client joins a meeting and receives every committed event with its stream version.</summary>
/// <remarks>
/// <see cref="JoinMeeting"/> sends the events after the version the client names (0 for all), then
/// the live ones arrive through the group <c>meeting-{id}</c>, without a gap or a duplicate. After
/// a reconnect the client joins again with the last version it saw.
/// </remarks>
public sealed class MeetingHub(MeetingFeed feed, Chamber chamber) : Hub<IMeetingClient>
{
    public static string Group(string meeting) => LiveEvent.Stream(meeting);

    public async Task JoinMeeting(string meetingId, long afterVersion)
    {
        if (string.IsNullOrWhiteSpace(meetingId) || afterVersion < 0)
        {
            throw new HubException("JoinMeeting takes a meeting id and the last version seen (0 for none).");
        }

        var batch = await chamber.Secretariat.ReadAsync(Context.ConnectionAborted);
        if (!batch.Meeting(meetingId).Opened)
        {
            throw new HubException($"There is no meeting '{meetingId}'.");
        }

        var caller = Clients.Caller;
        await feed.JoinAsync(
            meetingId,
            afterVersion,
            () => Groups.AddToGroupAsync(Context.ConnectionId, Group(meetingId), Context.ConnectionAborted),
            async missed =>
            {
                foreach (var liveEvent in missed)
                {
                    await caller.EventRecorded(liveEvent);
                }
            },
            Context.ConnectionAborted);
    }

    public Task LeaveMeeting(string meetingId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(meetingId), Context.ConnectionAborted);
}
