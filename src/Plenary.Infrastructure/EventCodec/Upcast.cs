using System.Text.Json.Nodes;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>Turns the payload of event <see cref="Name"/> at <see cref="FromVersion"/> into its form at the next version.</summary>
/// <remarks>Upcasts run on read, one version at a time, so the log keeps what was written and history is never rewritten.</remarks>
public sealed record Upcast(string Name, int FromVersion, Func<JsonObject, JsonObject> Apply);
