using System.Text.Json;
using System.Text.Json.Serialization;
using Plenary.Domain.States;

namespace Plenary.Domain.Tests.Specs;

/// <summary>Compares events and values by their contents.</summary>
/// <remarks>
/// Records holding ImmutableArray or ImmutableDictionary members compare those members by
/// reference, so two equal events built apart are not Equal. Serialising both to JSON (with the
/// runtime type's name) compares them field by field and shows the difference when they are not.
/// </remarks>
public static class Structural
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter(), new StateCodeConverter() },
    };

    public static string Describe(object? value) => value is null
        ? "null"
        : $"{value.GetType().Name} {JsonSerializer.Serialize(value, value.GetType(), Options)}";

    public static void Equal<T>(IEnumerable<T> expected, IEnumerable<T> actual) =>
        Assert.Equal(expected.Select(e => Describe(e)).ToArray(), actual.Select(a => Describe(a)).ToArray());

    public static void Equal(object? expected, object? actual) => Assert.Equal(Describe(expected), Describe(actual));

    // Writes "UKR" rather than {"Value":"UKR"}, and lets a code key a dictionary.
    private sealed class StateCodeConverter : JsonConverter<StateCode>
    {
        public override StateCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            StateCode.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);

        public override StateCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            StateCode.Parse(reader.GetString() ?? string.Empty);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.Value);
    }
}
