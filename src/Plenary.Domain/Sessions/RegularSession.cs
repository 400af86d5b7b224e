namespace Plenary.Domain.Sessions;

/// <summary>The number of the regular session in course on a date.</summary>
/// <remarks>
/// The Assembly meets every year (Art. 20) from the Tuesday of the third week of September
/// (rule 1); the session numbered n opens in 1945 + n. Early sessions opened on other dates,
/// which this approximation does not follow.
/// </remarks>
public static class RegularSession
{
    public static int On(DateOnly date)
    {
        var september = new DateOnly(date.Year, 9, 1);
        var firstTuesday = september.AddDays(((int)DayOfWeek.Tuesday - (int)september.DayOfWeek + 7) % 7);
        var opening = firstTuesday.AddDays(14);
        var number = date >= opening ? date.Year - 1945 : date.Year - 1946;
        return Math.Max(1, number);
    }
}
