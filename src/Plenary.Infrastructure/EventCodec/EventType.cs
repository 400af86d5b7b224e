namespace Plenary.Infrastructure.EventCodec;

/// <summary>One line of the event table: the stable name and current schema version under which a domain event is stored.</summary>
/// <remarks>The name is written by hand, never derived from the CLR name, so renaming a record never orphans the events already stored.</remarks>
public sealed record EventType(string Name, int SchemaVersion, Type ClrType)
{
    public static EventType Of<TEvent>(string name, int schemaVersion)
        where TEvent : notnull => new(name, schemaVersion, typeof(TEvent));
}
