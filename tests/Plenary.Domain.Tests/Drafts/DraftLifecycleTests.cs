using Plenary.Domain.Drafts;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Drafts;

/// <summary>Revisions, withdrawal and action on a draft (rule 80; un-procedure §8).</summary>
public class DraftLifecycleTests
{
    private static readonly DraftSubmitted L30 = ADraft("A/ES-10/L.30").On(new DateOnly(2024, 5, 1)).SponsoredBy("ARE").CoSponsoredBy("TUN").Build();
    private static readonly DateOnly Later = new(2024, 5, 9);

    [Fact]
    public void A_revision_supersedes_the_symbol_and_keeps_the_sponsors()
    {
        var state = DraftSpec.Given(L30)
            .When(new ReviseDraft(Later, "A/ES-10/L.30/Rev.1", null))
            .Then(new DraftRevised(Later, "A/ES-10/L.30/Rev.1", "Draft A/ES-10/L.30"));

        Assert.Equal("A/ES-10/L.30/Rev.1", state.Symbol);
        Assert.Equal("A/ES-10/L.30", state.OriginalSymbol);
        Assert.Equal(Codes("ARE", "TUN"), state.Sponsors);
        Assert.True(state.IsPending);
    }

    [Fact]
    public void A_revision_is_issued_under_a_new_symbol()
    {
        DraftSpec.Given(L30).When(new ReviseDraft(Later, "A/ES-10/L.30", "Same")).ThenFails("revision-needs-new-symbol");
    }

    [Fact]
    public void An_oral_revision_is_recorded_and_must_say_what_changes()
    {
        var state = DraftSpec.Given(L30)
            .When(new ReviseDraftOrally(Later, "OP1: replace 'decides' with 'determines'"))
            .Then(new DraftOrallyRevised(Later, "OP1: replace 'decides' with 'determines'"));

        Assert.Single(state.OralRevisions);
        DraftSpec.Given(L30).When(new ReviseDraftOrally(Later, " ")).ThenFails("empty-oral-revision");
    }

    [Fact]
    public void Sponsors_may_withdraw_their_draft_before_action_and_nothing_happens_to_it_after()
    {
        var state = DraftSpec.Given(L30).When(new WithdrawDraft(Later)).Then(new DraftWithdrawn(Later, "withdrawn by its sponsors"));

        Assert.Equal(DraftStatus.Withdrawn, state.Status);
        DraftSpec.Given(L30, new DraftWithdrawn(Later, "withdrawn by its sponsors"))
            .When(new JoinSponsors(Later, Code("FRA")))
            .ThenFails("action-already-taken");
    }

    [Fact]
    public void Action_on_an_adopted_draft_records_the_resolution()
    {
        var adopted = MajorityRule.TwoThirds.Decide(Tally.Of(143, 9, 25), c => c.Value);

        var state = DraftSpec.Given(L30)
            .When(new RecordAction(Later, adopted, "A/RES/ES-10/23"))
            .Then(new ActionTakenOnDraft(Later, VoteOutcome.Adopted, "A/RES/ES-10/23", []));

        Assert.Equal(DraftStatus.Adopted, state.Status);
        Assert.Equal("A/RES/ES-10/23", state.Resolution);
        DraftSpec.Given(L30, new ActionTakenOnDraft(Later, VoteOutcome.Adopted, "A/RES/ES-10/23", []))
            .When(new RecordAction(Later, adopted, "A/RES/ES-10/24"))
            .ThenFails("action-already-taken");
    }

    [Fact]
    public void A_vetoed_draft_keeps_its_symbol_and_records_who_vetoed_it()
    {
        var vetoed = new MajorityRule.AffirmativeVotes(9, true).Decide(new Tally(11, 1, 3, 0, Codes("RUS")), c => c.Value);

        var state = DraftSpec.Given(ADraft("S/2022/155").InTheCouncil().On(February2022).SponsoredBy("ALB", "USA").Build())
            .When(new RecordAction(February2022, vetoed, "S/RES/2622 (2022)"))
            .Then(new ActionTakenOnDraft(February2022, VoteOutcome.Vetoed, null, Codes("RUS")));

        Assert.Equal(DraftStatus.Vetoed, state.Status);
        Assert.Null(state.Resolution);
        Assert.Equal("S/2022/155", state.Symbol);
    }

    [Fact]
    public void A_rejected_draft_gets_no_resolution_symbol()
    {
        var rejected = MajorityRule.TwoThirds.Decide(Tally.Of(87, 57, 33), c => c.Value);

        var state = DraftSpec.Given(ADraft("A/73/L.42").On(new DateOnly(2018, 12, 1)).SponsoredBy("USA").Build())
            .When(new RecordAction(new DateOnly(2018, 12, 6), rejected, null))
            .Then(new ActionTakenOnDraft(new DateOnly(2018, 12, 6), VoteOutcome.Rejected, null, []));

        Assert.Equal(DraftStatus.Rejected, state.Status);
    }
}
