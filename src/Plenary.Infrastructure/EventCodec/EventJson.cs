using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>The JSON settings of stored event payloads.</summary>
/// <remarks>
/// Strict on read, so that a payload that does not fit its event type is refused rather than
/// half-read: no unknown member, no missing constructor parameter, no null where the domain
/// type does not allow one, no number for an enum. Writing is deterministic (compact, dictionary
/// keys sorted) so that one event always encodes to the same bytes.
/// </remarks>
internal static class EventJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitMissingReference } },
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
                new StateCodeConverter(),
                new BodyIdConverter(),
                new MajorityRuleConverter(),
                new TallyConverter(),
                new ImmutableArrayConverter(),
                new StateCodeDictionaryConverter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A vote cast without a reference encodes as it did before votes had one, byte for byte.</summary>
    private static void OmitMissingReference(JsonTypeInfo type)
    {
        if (type.Type != typeof(Domain.Meetings.VoteCast))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (property.Name == "reference")
            {
                property.ShouldSerialize = (_, value) => value is not null;
            }
        }
    }
}
