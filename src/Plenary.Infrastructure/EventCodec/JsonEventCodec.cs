using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>Encodes domain events to their stored form and decodes them back, upcasting older schema versions on the way.</summary>
/// <remarks>
/// The stored name comes only from the table given to the constructor (<see cref="EventCatalog"/>
/// in production), never from a CLR name. Every failure to decode is a <see cref="JsonException"/>
/// that says which event and why.
/// </remarks>
public sealed partial class JsonEventCodec
{
    private readonly IReadOnlyList<EventType> _types;
    private readonly IReadOnlyList<Upcast> _upcasts;
    private readonly FrozenDictionary<string, EventType> _byName;
    private readonly FrozenDictionary<Type, EventType> _byType;
    private readonly FrozenDictionary<(string Name, int FromVersion), Upcast> _upcastFrom;

    public JsonEventCodec(IReadOnlyList<EventType> types, IReadOnlyList<Upcast> upcasts)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(upcasts);
        var byName = new Dictionary<string, EventType>(StringComparer.Ordinal);
        var byType = new Dictionary<Type, EventType>();
        foreach (var type in types)
        {
            if (!KebabCase().IsMatch(type.Name))
            {
                throw new ArgumentException($"Event name '{type.Name}' is not kebab-case.", nameof(types));
            }

            if (type.SchemaVersion < 1)
            {
                throw new ArgumentException($"Event '{type.Name}' has schema version {type.SchemaVersion}: versions start at 1.", nameof(types));
            }

            if (!byName.TryAdd(type.Name, type) || !byType.TryAdd(type.ClrType, type))
            {
                throw new ArgumentException($"Event '{type.Name}' ({type.ClrType.Name}) is in the table twice.", nameof(types));
            }
        }

        var upcastFrom = new Dictionary<(string, int), Upcast>();
        foreach (var upcast in upcasts)
        {
            if (!byName.TryGetValue(upcast.Name, out var type) || upcast.FromVersion < 0 || upcast.FromVersion >= type.SchemaVersion)
            {
                throw new ArgumentException($"An upcast from '{upcast.Name}' v{upcast.FromVersion} leads to no version in the table.", nameof(upcasts));
            }

            if (!upcastFrom.TryAdd((upcast.Name, upcast.FromVersion), upcast))
            {
                throw new ArgumentException($"Two upcasts from '{upcast.Name}' v{upcast.FromVersion}.", nameof(upcasts));
            }
        }

        _types = [.. types];
        _upcasts = [.. upcasts];
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byType = byType.ToFrozenDictionary();
        _upcastFrom = upcastFrom.ToFrozenDictionary();
    }

    /// <summary>The production codec: <see cref="EventCatalog.Types"/> and <see cref="EventCatalog.Upcasts"/>.</summary>
    public static JsonEventCodec Default { get; } = new(EventCatalog.Types, EventCatalog.Upcasts);

    public IReadOnlyList<EventType> Types => _types;

    /// <summary>This codec with one more upcast registered.</summary>
    public JsonEventCodec With(Upcast upcast) => new(_types, [.. _upcasts, upcast]);

    public bool TryGetType(Type clrType, out EventType type) => _byType.TryGetValue(clrType, out type!);

    public bool TryGetType(string name, out EventType type) => _byName.TryGetValue(name, out type!);

    /// <exception cref="ArgumentException">The event's type has no entry in the table.</exception>
    public EncodedEvent Encode(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = _byType.TryGetValue(@event.GetType(), out var found)
            ? found
            : throw new ArgumentException($"{@event.GetType().FullName} has no stable name in the event table.", nameof(@event));
        return new EncodedEvent(type.Name, type.SchemaVersion, JsonSerializer.Serialize(@event, type.ClrType, EventJson.Options));
    }

    /// <summary>Reads a stored payload as the current domain event, applying the upcasts from <paramref name="schemaVersion"/> on.</summary>
    /// <exception cref="JsonException">Unknown name, a version with no path to the current one, or a payload that does not fit.</exception>
    public object Decode(string name, int schemaVersion, string data)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(data);
        if (!_byName.TryGetValue(name, out var type))
        {
            throw new JsonException($"'{name}' is not a known event name.");
        }

        if (schemaVersion > type.SchemaVersion)
        {
            throw new JsonException($"'{name}' v{schemaVersion} is newer than this program, which knows up to v{type.SchemaVersion}.");
        }

        try
        {
            if (schemaVersion == type.SchemaVersion)
            {
                return JsonSerializer.Deserialize(data, type.ClrType, EventJson.Options)
                    ?? throw new JsonException("The payload is null.");
            }

            var payload = JsonNode.Parse(data) as JsonObject ?? throw new JsonException("The payload is not a JSON object.");
            for (var version = schemaVersion; version < type.SchemaVersion; version++)
            {
                var upcast = _upcastFrom.TryGetValue((name, version), out var found)
                    ? found
                    : throw new JsonException($"No upcast from v{version}.");
                payload = upcast.Apply(payload);
            }

            return payload.Deserialize(type.ClrType, EventJson.Options) ?? throw new JsonException("The payload is null.");
        }
        catch (JsonException e)
        {
            throw new JsonException($"'{name}' v{schemaVersion}: {e.Message}", e);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
