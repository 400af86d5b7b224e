namespace Plenary.Infrastructure.EventCodec;

/// <summary>A domain event as the log stores it: stable name, schema version and JSON payload.</summary>
public sealed record EncodedEvent(string Name, int SchemaVersion, string Data);
