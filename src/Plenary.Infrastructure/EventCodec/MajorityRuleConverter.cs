using System.Text.Json;
using System.Text.Json.Serialization;
using Plenary.Domain.Voting;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>A majority rule as its <see cref="MajorityRule.Code"/>: <c>"two-thirds"</c>, <c>"9-affirmative-with-permanent-concurrence"</c>.</summary>
/// <remarks>Only the canonical code is read back; the scenario shorthands that <see cref="MajorityRule.TryParse"/> also accepts are not stored forms.</remarks>
internal sealed class MajorityRuleConverter : JsonConverter<MajorityRule>
{
    public override bool CanConvert(Type typeToConvert) => typeof(MajorityRule).IsAssignableFrom(typeToConvert);

    public override MajorityRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A majority rule is a string such as \"two-thirds\", not {reader.TokenType}.");
        }

        var text = reader.GetString();
        return MajorityRule.TryParse(text, out var rule) && string.Equals(rule.Code, text, StringComparison.Ordinal)
            ? rule
            : throw new JsonException($"'{text}' is not a majority rule: expected simple-majority, two-thirds, N-affirmative or N-affirmative-with-permanent-concurrence.");
    }

    public override void Write(Utf8JsonWriter writer, MajorityRule value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Code);
}
