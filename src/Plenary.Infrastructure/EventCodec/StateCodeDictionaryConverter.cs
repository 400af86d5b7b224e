using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Plenary.Domain.States;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>An <see cref="ImmutableDictionary{StateCode, TValue}"/> as an object keyed by code, keys in ordinal order.</summary>
/// <remarks>A hash dictionary enumerates in an order that changes from one process to the next; sorting keeps the same event encoding to the same bytes.</remarks>
internal sealed class StateCodeDictionaryConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>)
        && typeToConvert.GetGenericArguments()[0] == typeof(StateCode);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[1]))!;

    private sealed class Converter<TValue> : JsonConverter<ImmutableDictionary<StateCode, TValue>>
    {
        public override ImmutableDictionary<StateCode, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected an object keyed by State code, not {reader.TokenType}.");
            }

            var entries = ImmutableDictionary.CreateBuilder<StateCode, TValue>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = StateCodeConverter.Parse(reader.GetString());
                reader.Read();
                var value = JsonSerializer.Deserialize<TValue>(ref reader, options);
                if (value is null && default(TValue) is null)
                {
                    throw new JsonException($"The value for {key} is null.");
                }

                if (!entries.TryAdd(key, value!))
                {
                    throw new JsonException($"{key} appears twice.");
                }
            }

            return entries.ToImmutable();
        }

        public override void Write(Utf8JsonWriter writer, ImmutableDictionary<StateCode, TValue> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in value.OrderBy(e => e.Key.Value, StringComparer.Ordinal))
            {
                writer.WritePropertyName(key.Value);
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndObject();
        }
    }
}
