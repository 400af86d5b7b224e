namespace Plenary.Server.Live;

/// <summary>What the meetings hub calls on a connected client.</summary>
public interface IMeetingClient
{
    /// <summary>A committed event of a meeting the client joined, in stream version order.</summary>
    Task EventRecorded(LiveEvent liveEvent);
}
