namespace Plenary.Domain.States;

/// <summary>A State's three-letter code (ISO 3166-1 alpha-3, or ISO 3166-3 for a former State).</summary>
/// <remarks>
/// The code names the UN membership a State holds under Charter Art. 4 (admission) and is the key of
/// every list of Members, Council seats (Art. 23) and votes (Art. 18, 19, 27). Valid by construction:
/// exactly three ASCII capital letters, as the UN Digital Library writes <c>ms_code</c>.
/// <c>default(StateCode)</c> is not a code: its <see cref="Value"/> is empty and no lookup finds it.
/// </remarks>
public readonly record struct StateCode
{
    private readonly string? _value;

    private StateCode(string value) => _value = value;

    /// <summary>The three letters, or an empty string for <c>default(StateCode)</c>.</summary>
    public string Value => _value ?? string.Empty;

    public static bool TryParse(string? text, out StateCode code)
    {
        if (text is { Length: 3 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]))
        {
            code = new StateCode(text);
            return true;
        }

        code = default;
        return false;
    }

    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not three upper-case letters A–Z.</exception>
    public static StateCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a State code: expected three upper-case letters A-Z (ISO 3166 alpha-3), such as UKR.");
    }

    public override string ToString() => Value;
}
