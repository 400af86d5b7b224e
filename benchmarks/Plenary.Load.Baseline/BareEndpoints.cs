using Microsoft.AspNetCore.SignalR;

namespace Plenary.Load.Baseline;

/// <summary>The two bare endpoints the Plenary figures are divided by.</summary>
public static class BareEndpoints
{
    /// <summary>Small JSON in, small JSON out, nothing else: the ceiling of a minimal-API POST on this machine.</summary>
    public static Echoed Echo(EchoRequest request) => new(request.State, request.Vote, request.Sequence);

    /// <summary>Broadcasts a small message with its sequence number to a group and answers at once.</summary>
    /// <remarks>
    /// The send is not awaited, as Plenary publishes to its watchers after the append without
    /// holding the answer back: both figures then run from the acknowledgement to the receipt.
    /// </remarks>
    public static Echoed Broadcast(string group, EchoRequest request, IHubContext<BroadcastHub> hub)
    {
        _ = hub.Clients.Group(group).SendAsync(BroadcastHub.Message, new BroadcastMessage(group, request.Sequence));
        return new(request.State, request.Vote, request.Sequence);
    }
}

public sealed record EchoRequest(string? State, string? Vote, long Sequence);

public sealed record Echoed(string? State, string? Vote, long Sequence);

public sealed record BroadcastMessage(string Group, long Sequence);
