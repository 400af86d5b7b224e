namespace Plenary.Domain.Sessions;

/// <summary>The kinds of General Assembly session.</summary>
/// <remarks>Regular (Art. 20; rule 1), special (Art. 20; rules 7-10) and emergency special (res. 377 A (V); rule 8(b)).</remarks>
public enum SessionKind
{
    Regular,
    Special,
    EmergencySpecial,
}

public static class SessionKindNames
{
    public static string Word(this SessionKind kind) => kind switch
    {
        SessionKind.Regular => "regular",
        SessionKind.Special => "special",
        SessionKind.EmergencySpecial => "emergency-special",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? text, out SessionKind kind)
    {
        foreach (var candidate in Enum.GetValues<SessionKind>())
        {
            if (string.Equals(candidate.Word(), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The session part of UN symbols: 76, S-27, ES-11.</summary>
    public static string Symbol(this SessionKind kind, int number) => kind switch
    {
        SessionKind.Regular => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SessionKind.Special => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"S-{number}"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ES-{number}"),
    };
}
