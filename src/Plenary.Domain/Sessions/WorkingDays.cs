namespace Plenary.Domain.Sessions;

/// <summary>United Nations Headquarters working days, for the deadlines the rules set in working days.</summary>
/// <remarks>
/// Resolution 76/262 gives the President ten working days after a veto. Weekends and the official
/// holidays at Headquarters that follow a fixed calendar rule are skipped (New Year's Day, Good
/// Friday, Memorial Day, Independence Day, Labour Day, Thanksgiving, Christmas; e.g. information
/// circular ST/IC/2019/23 for 2020). Martin Luther King Jr. Day and Presidents' Day are
/// not official holidays there (the latter is one of the floating holidays of res. 69/250), so they
/// are working days. The two Eids follow the lunar calendar and are announced each year, so they are
/// not counted: a deadline may come one day early, never late.
/// </remarks>
public static class WorkingDays
{
    public static DateOnly Add(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }

        return date;
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !IsHoliday(date);

    public static bool IsHoliday(DateOnly date)
    {
        var year = date.Year;
        return date == Observed(new DateOnly(year, 1, 1))
            || date == Easter(year).AddDays(-2)
            || date == Last(year, 5, DayOfWeek.Monday)
            || date == Observed(new DateOnly(year, 7, 4))
            || date == Nth(year, 9, DayOfWeek.Monday, 1)
            || date == Nth(year, 11, DayOfWeek.Thursday, 4)
            || date == Observed(new DateOnly(year, 12, 25));
    }

    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
