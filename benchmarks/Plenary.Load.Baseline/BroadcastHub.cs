using Microsoft.AspNetCore.SignalR;

namespace Plenary.Load.Baseline;

/// <summary>A bare hub: a client joins a group and receives what is broadcast to it.</summary>
public sealed class BroadcastHub : Hub
{
    public const string Message = "Message";

    public Task JoinGroup(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
}
