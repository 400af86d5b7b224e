using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>An append waiting for the next group commit, with the task its caller awaits.</summary>
internal sealed class PendingAppend(IReadOnlyList<(StreamAppend Append, IReadOnlyList<EncodedEvent> Encoded)> encoded)
{
    public IReadOnlyList<(StreamAppend Append, IReadOnlyList<EncodedEvent> Encoded)> Encoded { get; } = encoded;

    // Continuations run off the writer, so one slow caller cannot hold up the next group.
    public TaskCompletionSource<IReadOnlyList<RecordedEvent>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
