namespace Plenary.Domain.Meetings;

/// <summary>Tells a document symbol (A/ES-11/L.1, S/2022/155) from a label for a question with no document.</summary>
/// <remarks>UN symbols are series of parts joined by slashes with no spaces (un-procedure §8.1).</remarks>
public static class DocumentSymbols
{
    public static bool LooksLikeSymbol(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 3 || !text.Contains('/', StringComparison.Ordinal) || !char.IsAsciiLetterUpper(text[0]))
        {
            return false;
        }

        var parts = text.Split('/');
        return parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '(' or ')' or ' '))
            && !text.Contains("  ", StringComparison.Ordinal)
            && parts[0].All(char.IsAsciiLetterUpper);
    }
}
