using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>A tally as its counts and the permanent members against, without the figures derived from them.</summary>
internal sealed class TallyConverter : JsonConverter<Tally>
{
    private static readonly string[] Fields = ["yes", "no", "abstain", "nonVoting", "permanentAgainst"];

    public override Tally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A tally is an object with {string.Join(", ", Fields)}, not {reader.TokenType}.");
        }

        int? yes = null, no = null, abstain = null, nonVoting = null;
        ImmutableArray<StateCode>? against = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "yes" when yes is null:
                    yes = Count(ref reader, name);
                    break;
                case "no" when no is null:
                    no = Count(ref reader, name);
                    break;
                case "abstain" when abstain is null:
                    abstain = Count(ref reader, name);
                    break;
                case "nonVoting" when nonVoting is null:
                    nonVoting = Count(ref reader, name);
                    break;
                case "permanentAgainst" when against is null:
                    against = JsonSerializer.Deserialize<ImmutableArray<StateCode>>(ref reader, options);
                    break;
                default:
                    throw new JsonException($"A tally has no field '{name}', or has it twice.");
            }
        }

        return yes is null || no is null || abstain is null || nonVoting is null || against is null
            ? throw new JsonException($"A tally needs all of {string.Join(", ", Fields)}.")
            : new Tally(yes.Value, no.Value, abstain.Value, nonVoting.Value, against.Value);
    }

    public override void Write(Utf8JsonWriter writer, Tally value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("yes", value.Yes);
        writer.WriteNumber("no", value.No);
        writer.WriteNumber("abstain", value.Abstain);
        writer.WriteNumber("nonVoting", value.NonVoting);
        writer.WritePropertyName("permanentAgainst");
        JsonSerializer.Serialize(writer, value.PermanentAgainst, options);
        writer.WriteEndObject();
    }

    private static int Count(ref Utf8JsonReader reader, string? name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n) && n >= 0
            ? n
            : throw new JsonException($"The tally's '{name}' is a count: a whole number, zero or more.");
}
