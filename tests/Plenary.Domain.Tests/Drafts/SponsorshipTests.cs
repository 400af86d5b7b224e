using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Drafts;

/// <summary>Who may put its name to a draft, and until when (un-procedure §8.2; res. 58/314, ES-10/23).</summary>
public class SponsorshipTests
{
    private static readonly DateOnly Issued = new(2022, 3, 1);
    private static readonly DraftSubmitted L1 = ADraft("A/ES-11/L.1").On(Issued).SponsoredBy("UKR").CoSponsoredBy("ALB").Build();

    [Fact]
    public void A_draft_is_submitted_with_the_sponsors_printed_on_it()
    {
        var state = DraftSpec.Given()
            .When(new SubmitDraft(Issued, "A/ES-11/L.1", BodyId.GeneralAssembly, "ES-11", "Draft A/ES-11/L.1", Codes("UKR"), Codes("ALB")))
            .Then(L1);

        Assert.Equal(DraftStatus.Tabled, state.Status);
        Assert.Equal(Codes("UKR", "ALB"), state.Sponsors);
        Assert.Equal(Codes("UKR"), state.MainSponsors);
    }

    [Fact]
    public void A_draft_is_submitted_once()
    {
        DraftSpec.Given(L1)
            .When(new SubmitDraft(Issued, "A/ES-11/L.1", BodyId.GeneralAssembly, "ES-11", "Again", Codes("UKR"), []))
            .ThenFails("draft-already-submitted");
    }

    [Fact]
    public void A_State_listed_twice_among_the_sponsors_is_refused()
    {
        DraftSpec.Given()
            .When(new SubmitDraft(Issued, "A/ES-11/L.1", BodyId.GeneralAssembly, "ES-11", "Draft", Codes("UKR"), Codes("ALB", "UKR")))
            .ThenFails("duplicate-sponsor");
    }

    [Fact]
    public void Co_sponsors_join_until_action_is_taken()
    {
        DraftSpec.Given(L1)
            .When(new JoinSponsors(Es11Vote, Code("FRA")))
            .Then(new SponsorJoined(Es11Vote, Code("FRA")));
    }

    [Fact]
    public void No_one_joins_the_sponsors_after_action_is_taken()
    {
        DraftSpec.Given(L1, new ActionTakenOnDraft(Es11Vote, VoteOutcome.Adopted, "A/RES/ES-11/1", []))
            .When(new JoinSponsors(Es11Vote, Code("FRA")))
            .ThenFails("action-already-taken");
    }

    [Fact]
    public void A_sponsor_joining_again_records_nothing()
    {
        DraftSpec.Given(L1).When(new JoinSponsors(Es11Vote, Code("ALB"))).Then();
    }

    [Fact]
    public void Nothing_happens_to_a_draft_before_it_is_submitted()
    {
        DraftSpec.Given(L1).When(new JoinSponsors(new DateOnly(2022, 2, 28), Code("FRA"))).ThenFails("date-before-submission");
        DraftSpec.Given().When(new JoinSponsors(Es11Vote, Code("FRA"))).ThenFails("draft-not-submitted");
    }

    [Fact]
    public void A_sponsor_may_withdraw_its_sponsorship_before_action()
    {
        var state = DraftSpec.Given(L1)
            .When(new WithdrawSponsorship(Es11Vote, Code("ALB")))
            .Then(new SponsorshipWithdrawn(Es11Vote, Code("ALB")));

        Assert.Equal(Codes("UKR"), state.Sponsors);
        Assert.Equal(DraftStatus.Tabled, state.Status);
    }

    [Fact]
    public void The_withdrawal_of_the_last_sponsor_withdraws_the_draft()
    {
        var state = DraftSpec.Given(L1, new SponsorshipWithdrawn(Es11Vote, Code("ALB")))
            .When(new WithdrawSponsorship(Es11Vote, Code("UKR")))
            .Then(new SponsorshipWithdrawn(Es11Vote, Code("UKR")), new DraftWithdrawn(Es11Vote, "every sponsor withdrew"));

        Assert.Equal(DraftStatus.Withdrawn, state.Status);
        Assert.False(state.IsPending);
    }

    [Fact]
    public void Only_a_sponsor_withdraws_its_sponsorship()
    {
        DraftSpec.Given(L1).When(new WithdrawSponsorship(Es11Vote, Code("FRA"))).ThenFails("not-a-sponsor");
    }

    [Fact]
    public void The_Holy_See_may_not_sponsor()
    {
        DraftSpec.Given(L1).When(new JoinSponsors(Es11Vote, Code("VAT"))).ThenFails("observer-cannot-sponsor");
        DraftSpec.Given()
            .When(new SubmitDraft(Issued, "A/ES-11/L.1", BodyId.GeneralAssembly, "ES-11", "Draft", Codes("VAT"), []))
            .ThenFails("observer-cannot-sponsor");
    }

    [Fact]
    public void The_State_of_Palestine_may_co_sponsor_in_the_Assembly_from_7_July_1998()
    {
        var draft = ADraft("A/52/L.99").On(new DateOnly(1998, 7, 1)).Build();

        DraftSpec.Given(draft)
            .When(new JoinSponsors(new DateOnly(1998, 7, 7), Code("PSE")))
            .Then(new SponsorJoined(new DateOnly(1998, 7, 7), Code("PSE")));
        DraftSpec.Given(draft)
            .When(new JoinSponsors(new DateOnly(1998, 7, 6), Code("PSE")))
            .ThenFails("observer-cannot-sponsor");
    }

    [Fact]
    public void The_State_of_Palestine_may_not_sponsor_in_the_Council()
    {
        DraftSpec.Given(ADraft("S/2024/999").InTheCouncil().On(new DateOnly(2024, 10, 1)).Build())
            .When(new JoinSponsors(new DateOnly(2024, 10, 2), Code("PSE")))
            .ThenFails("observer-cannot-sponsor");
    }

    [Fact]
    public void Any_Member_may_co_sponsor_a_Council_draft_as_81_did_S_2022_155()
    {
        DraftSpec.Given(ADraft("S/2022/155").InTheCouncil().On(February2022).SponsoredBy("ALB", "USA").Build())
            .When(new JoinSponsors(February2022, Code("UKR")))
            .Then(new SponsorJoined(February2022, Code("UKR")));
    }

    [Fact]
    public void A_State_sponsors_only_once_admitted()
    {
        DraftSpec.Given(ADraft("A/65/L.84").On(new DateOnly(2011, 7, 1)).SponsoredBy("KEN").Build())
            .When(new JoinSponsors(new DateOnly(2011, 7, 13), Code("SSD")))
            .ThenFails("not-a-member");
    }

    [Fact]
    public void A_custom_body_admits_only_its_own_members_as_sponsors()
    {
        var committee = Body.GeneralAssembly with
        {
            Id = BodyId.Parse("MUN-1"),
            Name = "Model Council",
            Kind = BodyKind.Custom,
            FixedMembers = Codes("UKR", "FRA"),
        };

        DraftSpec.Given(ADraft("MUN/1/L.1").Build()).In(committee)
            .When(new JoinSponsors(Es11Vote, Code("FRA")))
            .Then(new SponsorJoined(Es11Vote, Code("FRA")));
        DraftSpec.Given(ADraft("MUN/1/L.1").Build()).In(committee)
            .When(new JoinSponsors(Es11Vote, Code("BRA")))
            .ThenFails("not-a-member");
    }
}
