namespace Plenary.Domain.Bodies;

/// <summary>Identifies a deliberative body: <c>GA</c>, <c>SC</c>, or a custom body's id.</summary>
public readonly record struct BodyId
{
    private BodyId(string value) => Value = value;

    public string Value { get; }

    public static BodyId GeneralAssembly { get; } = new("GA");

    public static BodyId SecurityCouncil { get; } = new("SC");

    public static bool TryParse(string? text, out BodyId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        id = new BodyId(text);
        return true;
    }

    public static BodyId Parse(string text) => TryParse(text, out var id)
        ? id
        : throw new FormatException($"'{text}' is not a body id: use GA, SC or letters, digits and hyphens (at most 40).");

    public override string ToString() => Value ?? string.Empty;
}
