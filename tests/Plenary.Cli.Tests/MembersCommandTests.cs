namespace Plenary.Cli.Tests;

public class MembersCommandTests
{
    [Fact]
    public void Members_of_the_Council_on_25_February_2022_are_fifteen_five_of_them_permanent()
    {
        var (exitCode, output, error) = Cli.Run("members", "--body", "SC", "--on", "2022-02-25");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = Cli.Lines(output);
        var members = lines[..^1];
        Assert.Equal(15, members.Length);
        Assert.Equal(
            ["CHN", "FRA", "RUS", "GBR", "USA"],
            members.Where(l => l.EndsWith("(permanent)", StringComparison.Ordinal)).Select(l => l[..3]));
        Assert.Contains("ALB  Albania", members);
        Assert.Equal("15 members of the Security Council on 2022-02-25.", lines[^1]);
    }

    [Fact]
    public void Members_of_the_Council_in_1960_are_eleven_with_the_USSR_permanent()
    {
        var (exitCode, output, _) = Cli.Run("members", "--body", "SC", "--on", "1960-09-17");

        Assert.Equal(0, exitCode);
        var lines = Cli.Lines(output);
        Assert.Equal("11 members of the Security Council on 1960-09-17.", lines[^1]);
        Assert.Contains("RUS  Union of Soviet Socialist Republics (permanent)", lines);
        Assert.Contains("POL  Poland", lines);
    }

    [Fact]
    public void Members_of_the_Assembly_mark_a_Member_without_a_vote_under_Article_19()
    {
        var (exitCode, output, _) = Cli.Run("members", "--on", "2022-03-02");

        Assert.Equal(0, exitCode);
        var lines = Cli.Lines(output);
        Assert.Equal("193 members of the General Assembly on 2022-03-02.", lines[^1]);
        Assert.Contains("VEN  Venezuela (Bolivarian Republic of) (no vote: Article 19)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("(permanent)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("25/02/2022")]
    [InlineData("2022-2-25")]
    public void A_bad_date_is_a_clear_error_with_a_non_zero_exit(string date)
    {
        var (exitCode, output, error) = Cli.Run("members", "--body", "SC", "--on", date);

        Assert.NotEqual(0, exitCode);
        Assert.Empty(output);
        Assert.Equal($"--on: '{date}' is not a date of the form YYYY-MM-DD", Cli.Lines(error).Single());
    }

    [Fact]
    public void An_unknown_body_is_a_clear_error_with_a_non_zero_exit()
    {
        var (exitCode, output, error) = Cli.Run("members", "--body", "ECOSOC", "--on", "2022-02-25");

        Assert.NotEqual(0, exitCode);
        Assert.Empty(output);
        Assert.Equal("--body: 'ECOSOC' is not a body: GA or SC", Cli.Lines(error).Single());
    }

    [Fact]
    public void Members_without_a_date_is_a_usage_error()
    {
        var (exitCode, _, error) = Cli.Run("members", "--body", "SC");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--on", error, StringComparison.Ordinal);
    }
}
