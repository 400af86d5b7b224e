using System.Text.Json;
using System.Text.Json.Serialization;
using Plenary.Domain.States;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>A State code as its three letters, <c>"UKR"</c>, also when it keys an object.</summary>
internal sealed class StateCodeConverter : JsonConverter<StateCode>
{
    public override StateCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Parse(reader.GetString())
            : throw new JsonException($"A State code is a string such as \"UKR\", not {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Valid(value).Value);

    public override StateCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Valid(value).Value);

    internal static StateCode Parse(string? text) => StateCode.TryParse(text, out var code)
        ? code
        : throw new JsonException($"'{text}' is not a State code: expected three upper-case letters A-Z, such as UKR.");

    // default(StateCode) has no letters: writing it would store a value that cannot be read back.
    private static StateCode Valid(StateCode value) => value.Value.Length == 3
        ? value
        : throw new JsonException("default(StateCode) is not a State code and cannot be stored.");
}
