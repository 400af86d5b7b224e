using System.Text.Json;
using System.Text.Json.Serialization;
using Plenary.Domain.Bodies;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>A body id as its text, <c>"GA"</c>.</summary>
internal sealed class BodyIdConverter : JsonConverter<BodyId>
{
    public override BodyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A body id is a string such as \"GA\", not {reader.TokenType}.");
        }

        var text = reader.GetString();
        return BodyId.TryParse(text, out var id)
            ? id
            : throw new JsonException($"'{text}' is not a body id: use GA, SC or letters, digits and hyphens (at most 40).");
    }

    public override void Write(Utf8JsonWriter writer, BodyId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(string.IsNullOrEmpty(value.Value)
            ? throw new JsonException("default(BodyId) is not a body id and cannot be stored.")
            : value.Value);
}
