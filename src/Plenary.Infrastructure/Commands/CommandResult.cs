using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Commands;

/// <summary>What a command committed: every event appended, across streams, and the version the command's own stream is at afterwards.</summary>
/// <remarks>The events are those a live feed publishes once the append has committed.</remarks>
public sealed record CommandResult(IReadOnlyList<RecordedEvent> Events, long Version);
