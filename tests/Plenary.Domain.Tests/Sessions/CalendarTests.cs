using Plenary.Domain.Sessions;

namespace Plenary.Domain.Tests.Sessions;

/// <summary>Working days at Headquarters (res. 76/262) and the number of the regular session (Art. 20; rule 1).</summary>
public class CalendarTests
{
    [Fact]
    public void A_working_day_after_a_Friday_is_the_Monday()
    {
        Assert.Equal(new DateOnly(2022, 4, 11), WorkingDays.Add(new DateOnly(2022, 4, 8), 1));
    }

    [Fact]
    public void Good_Friday_is_not_a_working_day()
    {
        Assert.True(WorkingDays.IsHoliday(new DateOnly(2022, 4, 15)));
        Assert.Equal(new DateOnly(2022, 4, 18), WorkingDays.Add(new DateOnly(2022, 4, 14), 1));
    }

    [Fact]
    public void Thanksgiving_is_not_a_working_day()
    {
        Assert.True(WorkingDays.IsHoliday(new DateOnly(2022, 11, 24)));
        Assert.Equal(new DateOnly(2022, 11, 25), WorkingDays.Add(new DateOnly(2022, 11, 23), 1));
    }

    [Theory]
    [InlineData("2022-04-15")]
    [InlineData("2022-05-30")]
    [InlineData("2022-07-04")]
    [InlineData("2022-09-05")]
    [InlineData("2022-11-24")]
    [InlineData("2022-12-26")]
    [InlineData("2021-12-24")]
    [InlineData("2020-07-03")]
    [InlineData("2023-01-02")]
    public void Headquarters_holidays_with_a_fixed_rule_are_not_working_days(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(WorkingDays.IsHoliday(day));
        Assert.False(WorkingDays.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2022-03-02")]
    [InlineData("2022-06-10")]
    [InlineData("2022-12-23")]
    [InlineData("2022-01-03")]
    public void Other_weekdays_are_working_days(string date)
    {
        Assert.True(WorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Martin_Luther_King_Day_and_Presidents_Day_are_working_days_at_Headquarters()
    {
        // Not on the list of official holidays (ST/IC/2019/23 for 2020); Presidents' Day is a floating holiday.
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2022, 1, 17)));
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2022, 2, 21)));
        Assert.Equal(new DateOnly(2023, 2, 20), WorkingDays.Add(new DateOnly(2023, 2, 17), 1));
    }

    [Fact]
    public void Weekends_are_never_working_days()
    {
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2022, 6, 4)));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2022, 6, 5)));
    }

    [Fact]
    public void Adding_no_working_days_gives_the_same_date_and_a_negative_number_is_a_caller_error()
    {
        Assert.Equal(new DateOnly(2022, 6, 4), WorkingDays.Add(new DateOnly(2022, 6, 4), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(new DateOnly(2022, 6, 4), -1));
    }

    [Fact]
    public void The_76th_session_was_in_course_on_2_March_2022_and_the_77th_from_20_September_2022()
    {
        Assert.Equal(76, RegularSession.On(new DateOnly(2022, 3, 2)));
        Assert.Equal(77, RegularSession.On(new DateOnly(2022, 9, 20)));
        Assert.Equal(77, RegularSession.On(new DateOnly(2023, 3, 1)));
        Assert.Equal(1, RegularSession.On(new DateOnly(1946, 1, 10)));
    }

    [Theory]
    [InlineData(2020, 9, 15)]
    [InlineData(2021, 9, 14)]
    [InlineData(2022, 9, 13)]
    [InlineData(2023, 9, 5)]
    [InlineData(2024, 9, 10)]
    [InlineData(2025, 9, 9)]
    public void The_regular_session_opens_on_the_day_the_Assembly_opened_it(int year, int month, int day)
    {
        var opening = new DateOnly(year, month, day);

        Assert.Equal(opening, RegularSession.Opening(year));
        Assert.Equal(year - 1945, RegularSession.On(opening));
        Assert.Equal(year - 1946, RegularSession.On(opening.AddDays(-1)));
    }
}
