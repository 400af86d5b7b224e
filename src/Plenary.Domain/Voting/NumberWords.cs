using System.Globalization;

namespace Plenary.Domain.Voting;

internal static class NumberWords
{
    private static readonly string[] Small =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static string Cardinal(int n) =>
        n >= 0 && n < Small.Length ? Small[n] : n.ToString(CultureInfo.InvariantCulture);

    public static string JoinWithAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
