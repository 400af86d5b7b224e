namespace Plenary.Load;

/// <summary>An acknowledged request: in which group (meeting), under which key (stream version or sequence), when it was sent and when its answer came (Stopwatch ticks).</summary>
/// <remarks>Stopwatch ticks come from the monotonic clock, which the watcher process shares, so receipts there compare with acknowledgements here.</remarks>
internal readonly record struct Acknowledgement(int Group, long Key, long Sent, long Acknowledged);
