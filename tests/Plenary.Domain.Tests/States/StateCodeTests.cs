using Plenary.Domain.States;

namespace Plenary.Domain.Tests.States;

public class StateCodeTests
{
    [Fact]
    public void Three_upper_case_letters_make_a_state_code()
    {
        var code = StateCode.Parse("UKR");

        Assert.Equal("UKR", code.Value);
        Assert.Equal("UKR", code.ToString());
    }

    [Theory]
    [InlineData("ukr")]
    [InlineData("Ukr")]
    [InlineData("U1A")]
    [InlineData("UK")]
    [InlineData("UKRA")]
    [InlineData("")]
    [InlineData(" UKR")]
    [InlineData("ÜKR")]
    public void Anything_else_is_not_a_state_code(string text)
    {
        Assert.False(StateCode.TryParse(text, out var code));
        Assert.Equal(default, code);
        var error = Assert.Throws<FormatException>(() => StateCode.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("three upper-case letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_text_is_not_a_state_code()
    {
        Assert.False(StateCode.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => StateCode.Parse(null!));
    }

    [Fact]
    public void Codes_with_the_same_letters_are_equal()
    {
        Assert.Equal(StateCode.Parse("FRA"), StateCode.Parse("FRA"));
        Assert.NotEqual(StateCode.Parse("FRA"), StateCode.Parse("GBR"));
    }

    [Fact]
    public void The_default_code_is_empty_and_equals_no_parsed_code()
    {
        var none = default(StateCode);

        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(string.Empty, none.ToString());
        Assert.NotEqual(StateCode.Parse("AAA"), none);
    }
}
