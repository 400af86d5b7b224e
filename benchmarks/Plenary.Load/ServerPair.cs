namespace Plenary.Load;

/// <summary>The server that takes the requests and the server the watchers connect to: one process in a one-server round, two in the two-server round (one log, one Redis backplane).</summary>
internal sealed record ServerPair(ServerProcess Commands, ServerProcess Watching)
{
    public bool Split => !ReferenceEquals(Commands, Watching);

    /// <summary>CPU time the servers have used so far, both of them when they are two: a delivery across processes costs the sender's publication and the receiver's sends.</summary>
    public TimeSpan CpuTime() => Split ? Commands.CpuTime() + Watching.CpuTime() : Commands.CpuTime();

    /// <summary>The larger of the two processes' peak and resident memory: the target is per server process.</summary>
    public MemoryUse Memory()
    {
        var commands = Commands.Memory();
        if (!Split)
        {
            return commands;
        }

        var watching = Watching.Memory();
        return new MemoryUse(Math.Max(commands.PeakBytes, watching.PeakBytes), Math.Max(commands.ResidentBytes, watching.ResidentBytes));
    }
}
