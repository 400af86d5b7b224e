using System.Collections.Frozen;
using System.Globalization;

namespace Plenary.Infrastructure.Resolutions;

/// <summary>The Security Council's resolution numbers 1994-2025, so that a replayed adoption gets its real symbol.</summary>
/// <remarks>
/// Council resolutions are numbered in one series since 1946 (S/RES/2623 (2022)); a scenario
/// that starts in 2022 cannot count them itself. Built from data/sc-resolutions.csv, derived
/// from the Council voting data (data/README.md).
/// </remarks>
public sealed class CouncilResolutions
{
    private readonly FrozenDictionary<string, (DateOnly Date, int Number)> _byDraft;
    private readonly (DateOnly Date, int Number)[] _byDate;

    private CouncilResolutions(IEnumerable<(string Draft, DateOnly Date, int Number)> rows)
    {
        var list = rows.ToList();
        _byDraft = list.Where(r => r.Draft.Length > 0)
            .GroupBy(r => r.Draft, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (g.First().Date, g.First().Number), StringComparer.Ordinal);
        _byDate = [.. list.Select(r => (r.Date, r.Number)).OrderBy(r => r.Date).ThenBy(r => r.Number)];
    }

    public static CouncilResolutions Empty { get; } = new([]);

    public int Count => _byDate.Length;

    /// <summary>The resolution a draft became, when the record knows it was adopted on that date.</summary>
    public string? Of(string draft, DateOnly date) =>
        _byDraft.TryGetValue(draft, out var known) && known.Date == date ? Symbol(known.Number, date) : null;

    /// <summary>The number of the last resolution adopted before the date, when the record covers it.</summary>
    public int? LastBefore(DateOnly date)
    {
        if (_byDate.Length == 0 || date <= _byDate[0].Date || date > _byDate[^1].Date.AddDays(1))
        {
            return null;
        }

        var last = _byDate.LastOrDefault(r => r.Date < date);
        return last.Number == 0 ? null : last.Number;
    }

    public static string Symbol(int number, DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"S/RES/{number} ({date.Year})");

    /// <summary>Reads data/sc-resolutions.csv; a missing file gives an empty table, a malformed line is skipped with the others kept.</summary>
    public static CouncilResolutions Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "sc-resolutions.csv");
        if (!File.Exists(path))
        {
            return Empty;
        }

        var rows = new List<(string, DateOnly, int)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',', 3);
            if (parts.Length == 3
                && parts[2].IndexOf(' ', StringComparison.Ordinal) > 6
                && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && parts[2].StartsWith("S/RES/", StringComparison.Ordinal)
                && int.TryParse(parts[2].AsSpan(6, parts[2].IndexOf(' ', StringComparison.Ordinal) - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                rows.Add((parts[0], date, number));
            }
        }

        return new CouncilResolutions(rows);
    }
}
