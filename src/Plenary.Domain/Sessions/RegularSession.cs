namespace Plenary.Domain.Sessions;

/// <summary>The number of the regular session in course on a date.</summary>
/// <remarks>
/// The Assembly meets every year (Art. 20); rule 1 opens the session on the Tuesday of the third
/// week of September, counting from the first week that contains at least one working day. Since
/// the 78th session the Assembly has opened a week earlier (5 September 2023, 10 September 2024,
/// 9 September 2025), on the Tuesday of the second such week. The session numbered n opens in
/// 1945 + n. Early sessions opened on other dates, which this does not follow.
/// </remarks>
public static class RegularSession
{
    public static int On(DateOnly date)
    {
        var number = date >= Opening(date.Year) ? date.Year - 1945 : date.Year - 1946;
        return Math.Max(1, number);
    }

    /// <summary>The opening day of the regular session that begins in the year.</summary>
    public static DateOnly Opening(int year)
    {
        // Weeks run Monday to Sunday; the first counted week is the first holding a September weekday.
        var first = new DateOnly(year, 9, 1);
        while (first.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            first = first.AddDays(1);
        }

        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var week = year >= 2023 ? 2 : 3;
        return monday.AddDays((7 * (week - 1)) + 1);
    }
}
