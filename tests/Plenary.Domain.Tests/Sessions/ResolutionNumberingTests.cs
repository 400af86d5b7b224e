using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;
using Plenary.Domain.Tests.Specs;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Sessions;

/// <summary>Resolution symbols (un-procedure §8.1): A/RES/ES-11/n in series, S/RES/n (year) in the Council.</summary>
public class ResolutionNumberingTests
{
    private static readonly ResolutionNumbered Es11First = new(Es11Vote, "A/RES/ES-11/1", "A/ES-11/L.1", "ES-11", 1);

    [Fact]
    public void The_first_resolution_of_an_emergency_special_session_is_A_RES_ES_11_1_and_the_next_2()
    {
        BodyRecordSpec.Given()
            .When(new NumberResolution(Es11Vote, "A/ES-11/L.1", "ES-11", null))
            .Then(Es11First);

        var march24 = new DateOnly(2022, 3, 24);
        BodyRecordSpec.Given(Es11First)
            .When(new NumberResolution(march24, "A/ES-11/L.2", "ES-11", null))
            .Then(new ResolutionNumbered(march24, "A/RES/ES-11/2", "A/ES-11/L.2", "ES-11", 2));
    }

    [Fact]
    public void Each_session_numbers_its_own_resolutions()
    {
        var veto = new DateOnly(2022, 4, 26);
        BodyRecordSpec.Given(Es11First)
            .When(new NumberResolution(veto, "A/76/L.52", "76", null))
            .Then(new ResolutionNumbered(veto, "A/RES/76/1", "A/76/L.52", "76", 1));
    }

    [Fact]
    public void An_explicit_symbol_is_kept_and_the_series_continues_from_it()
    {
        var veto = new DateOnly(2022, 4, 26);
        var res262 = new ResolutionNumbered(veto, "A/RES/76/262", "A/76/L.52", "76", 262);

        BodyRecordSpec.Given()
            .When(new NumberResolution(veto, "A/76/L.52", "76", "A/RES/76/262"))
            .Then(res262);
        BodyRecordSpec.Given(res262)
            .When(new NumberResolution(veto, "A/76/L.53", "76", null))
            .Then(new ResolutionNumbered(veto, "A/RES/76/263", "A/76/L.53", "76", 263));
    }

    [Fact]
    public void The_Council_numbers_its_resolutions_in_one_series_with_the_year()
    {
        var res2623 = new ResolutionNumbered(new DateOnly(2022, 2, 27), "S/RES/2623 (2022)", "S/2022/160", null, 2623);
        var council = BodyRecordSpec.Given().In(Body.SecurityCouncil);

        council.When(new NumberResolution(new DateOnly(2022, 2, 27), "S/2022/160", null, "S/RES/2623 (2022)")).Then(res2623);
        BodyRecordSpec.Given(res2623).In(Body.SecurityCouncil)
            .When(new NumberResolution(new DateOnly(2022, 3, 15), "S/2022/200", null, null))
            .Then(new ResolutionNumbered(new DateOnly(2022, 3, 15), "S/RES/2624 (2022)", "S/2022/200", null, 2624));
        council.When(new NumberResolution(new DateOnly(2022, 3, 15), "S/2022/200", null, null)).ThenFails("resolution-number-unknown");
    }

    [Fact]
    public void A_symbol_already_given_is_refused()
    {
        BodyRecordSpec.Given(Es11First)
            .When(new NumberResolution(Es11Vote, "A/ES-11/L.2", "ES-11", "A/RES/ES-11/1"))
            .ThenFails("resolution-symbol-taken");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" A/RES/ES-11/2")]
    public void A_blank_or_padded_symbol_is_refused(string symbol)
    {
        BodyRecordSpec.Given(Es11First)
            .When(new NumberResolution(Es11Vote, "A/ES-11/L.2", "ES-11", symbol))
            .ThenFails("invalid-resolution-symbol");
    }
}
