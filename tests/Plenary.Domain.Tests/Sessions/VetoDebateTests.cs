using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;
using Plenary.Domain.Tests.Specs;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Sessions;

/// <summary>Res. 76/262 para. 1: the Assembly debates a veto within ten working days.</summary>
public class VetoDebateTests
{
    private static readonly DateOnly Dprk = new(2022, 5, 26);
    private static readonly VetoDebateDue DprkDebateDue = new(Dprk, "S/2022/431", Codes("CHN", "RUS"), new DateOnly(2022, 6, 10));

    [Fact]
    public void A_veto_before_26_April_2022_obliges_no_debate()
    {
        BodyRecordSpec.Given()
            .When(new NoteVeto(February2022, "S/2022/155", Codes("RUS")))
            .Then();
    }

    [Fact]
    public void A_veto_on_the_day_resolution_76_262_was_adopted_obliges_a_debate()
    {
        var adoption = new DateOnly(2022, 4, 26);
        BodyRecordSpec.Given()
            .When(new NoteVeto(adoption, "S/2022/999", Codes("RUS")))
            .Then(new VetoDebateDue(adoption, "S/2022/999", Codes("RUS"), new DateOnly(2022, 5, 10)));
    }

    [Fact]
    public void The_debate_on_the_veto_of_S_2022_431_is_due_ten_working_days_later_skipping_Memorial_Day()
    {
        BodyRecordSpec.Given()
            .When(new NoteVeto(Dprk, "S/2022/431", Codes("CHN", "RUS")))
            .Then(DprkDebateDue);
    }

    [Fact]
    public void The_debate_convened_on_8_June_2022_was_in_time()
    {
        var state = BodyRecordSpec.Given(DprkDebateDue)
            .When(new ConveneVetoDebate(new DateOnly(2022, 6, 8), "S/2022/431", "A/76/PV.69"))
            .Then(new VetoDebateConvened(new DateOnly(2022, 6, 8), "S/2022/431", "A/76/PV.69"));

        Assert.Empty(state.VetoesAwaitingDebate);
    }

    [Fact]
    public void A_debate_on_the_last_working_day_is_in_time_and_after_it_is_late()
    {
        BodyRecordSpec.Given(DprkDebateDue)
            .When(new ConveneVetoDebate(new DateOnly(2022, 6, 10), "S/2022/431", "A/76/PV.70"))
            .Then(new VetoDebateConvened(new DateOnly(2022, 6, 10), "S/2022/431", "A/76/PV.70"));
        BodyRecordSpec.Given(DprkDebateDue)
            .When(new ConveneVetoDebate(new DateOnly(2022, 6, 13), "S/2022/431", "A/76/PV.70"))
            .ThenFails("veto-debate-late");
    }

    [Fact]
    public void A_debate_needs_a_veto_awaiting_it()
    {
        BodyRecordSpec.Given()
            .When(new ConveneVetoDebate(new DateOnly(2022, 6, 8), "S/2022/431", "A/76/PV.69"))
            .ThenFails("no-veto-to-debate");
        BodyRecordSpec.Given(DprkDebateDue, new VetoDebateConvened(new DateOnly(2022, 6, 8), "S/2022/431", "A/76/PV.69"))
            .When(new ConveneVetoDebate(new DateOnly(2022, 6, 9), "S/2022/431", "A/76/PV.70"))
            .ThenFails("no-veto-to-debate");
        BodyRecordSpec.Given(DprkDebateDue)
            .When(new ConveneVetoDebate(new DateOnly(2022, 5, 25), "S/2022/431", "A/76/PV.68"))
            .ThenFails("date-before-veto");
    }

    [Fact]
    public void The_Assembly_not_the_Council_keeps_the_vetoes_awaiting_debate()
    {
        BodyRecordSpec.Given().In(Body.SecurityCouncil)
            .When(new NoteVeto(Dprk, "S/2022/431", Codes("CHN", "RUS")))
            .ThenFails("assembly-only");
    }
}
