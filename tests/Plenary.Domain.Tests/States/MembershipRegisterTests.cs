using Plenary.Domain.States;

namespace Plenary.Domain.Tests.States;

public class MembershipRegisterTests
{
    private static readonly StateCode Aaa = StateCode.Parse("AAA");
    private static readonly StateCode Bbb = StateCode.Parse("BBB");
    private static readonly StateCode Old = StateCode.Parse("OLD");
    private static readonly StateCode Obs = StateCode.Parse("OBS");

    [Fact]
    public void A_membership_continued_under_a_new_code_is_counted_once()
    {
        var register = Register();

        var members = register.AssemblyMembersOn(new DateOnly(1970, 1, 1)).Select(s => s.Code).ToArray();

        Assert.Equal([Bbb, Aaa], members);
        Assert.Equal(Aaa, register.Resolve(Old, new DateOnly(1970, 1, 1)));
        Assert.Equal(Bbb, register.Resolve(Bbb, new DateOnly(1970, 1, 1)));
    }

    [Fact]
    public void A_continuing_member_is_named_by_its_earlier_name_while_that_code_was_in_use()
    {
        var register = Register();

        Assert.Equal("Oldland", register.NameOn(Aaa, new DateOnly(1980, 6, 1)));
        Assert.Equal("Oldland", register.NameOn(Aaa, new DateOnly(1990, 12, 31)));
        Assert.Equal("Aland", register.NameOn(Aaa, new DateOnly(1991, 1, 1)));
        Assert.Equal("Alande", register.NameOn(Aaa, new DateOnly(1980, 6, 1), "fr"));
        Assert.Equal("Aland", register.NameOn(Aaa, new DateOnly(1991, 1, 1), "xx"));
    }

    [Fact]
    public void Members_are_listed_in_english_alphabetical_order_of_their_names_on_the_date()
    {
        var register = Register();

        Assert.Equal([Aaa, Bbb], register.AssemblyMembersOn(new DateOnly(1995, 1, 1)).Select(s => s.Code));
    }

    [Fact]
    public void An_observer_state_is_never_a_member()
    {
        var register = Register();

        Assert.DoesNotContain(register.AssemblyMembersOn(new DateOnly(2020, 1, 1)), s => s.Code == Obs);
        Assert.False(register.Get(Obs).IsMemberOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void The_latest_article_19_list_of_the_year_is_read_as_complete()
    {
        var register = Register(
            new Article19Entry(2022, Aaa, Article19Status.NoVote, new DateOnly(2022, 1, 11)),
            new Article19Entry(2022, Bbb, Article19Status.NoVote, new DateOnly(2022, 1, 11)),
            new Article19Entry(2022, Bbb, Article19Status.Exempted, new DateOnly(2022, 3, 1)),
            new Article19Entry(2022, Aaa, Article19Status.NoVote, null));

        Assert.False(register.HasLostVoteUnderArticle19(Aaa, new DateOnly(2022, 1, 10)));
        Assert.True(register.HasLostVoteUnderArticle19(Aaa, new DateOnly(2022, 1, 11)));
        Assert.True(register.HasLostVoteUnderArticle19(Bbb, new DateOnly(2022, 2, 28)));
        Assert.False(register.HasLostVoteUnderArticle19(Aaa, new DateOnly(2022, 3, 1)));
        Assert.False(register.HasLostVoteUnderArticle19(Bbb, new DateOnly(2022, 3, 1)));
        Assert.True(register.IsExemptedUnderArticle19(Bbb, new DateOnly(2022, 3, 1)));
        Assert.False(register.HasLostVoteUnderArticle19(Aaa, new DateOnly(2023, 1, 12)));
    }

    [Fact]
    public void The_council_is_every_seat_holder_whose_term_covers_the_year()
    {
        var register = Register();

        var council = register.CouncilOn(new DateOnly(1980, 5, 8));

        Assert.Equal([Bbb, Aaa], council.Members);
        Assert.Equal([Aaa], council.Permanent);
        Assert.True(council.IsPermanent(Aaa));
        Assert.False(council.IsPermanent(Bbb));
        Assert.Equal(2, council.Size);
        Assert.Equal([Aaa], register.CouncilOn(new DateOnly(1982, 1, 1)).Members);
    }

    [Fact]
    public void An_unknown_code_is_not_found()
    {
        var register = Register();

        Assert.False(register.TryFind(StateCode.Parse("ZZZ"), out _));
        var error = Assert.Throws<KeyNotFoundException>(() => register.Get(StateCode.Parse("ZZZ")));
        Assert.Contains("ZZZ", error.Message, StringComparison.Ordinal);
        Assert.Equal(StateCode.Parse("ZZZ"), register.Resolve(StateCode.Parse("ZZZ"), new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Inconsistent_data_is_refused_with_every_problem_named()
    {
        var states = States().Append(State(Aaa, "Again", StateStatus.Member, new DateOnly(1950, 1, 1)));
        CouncilTerm[] terms = [new(StateCode.Parse("ZZZ"), 1990, 1991, false)];
        Article19Entry[] entries = [new(2022, StateCode.Parse("YYY"), Article19Status.NoVote, new DateOnly(2022, 1, 1))];

        var error = Assert.Throws<ArgumentException>(() => new MembershipRegister(states, terms, entries));

        Assert.Contains("AAA is listed twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("ZZZ", error.Message, StringComparison.Ordinal);
        Assert.Contains("YYY", error.Message, StringComparison.Ordinal);
    }

    private static MembershipRegister Register(params Article19Entry[] article19) =>
        new(States(), [new CouncilTerm(Aaa, 1946, null, true), new CouncilTerm(Bbb, 1980, 1981, false)], article19);

    private static IEnumerable<MemberState> States() =>
    [
        State(Aaa, "Aland", StateStatus.Member, new DateOnly(1945, 10, 24)) with
        {
            Names = new StateNames("Aland", "Alande", "", "", "", ""),
        },
        State(Bbb, "Bland", StateStatus.Member, new DateOnly(1960, 9, 20)),
        State(Old, "Oldland", StateStatus.FormerMember, new DateOnly(1945, 10, 24)) with
        {
            Ceased = new DateOnly(1990, 12, 31),
            ContinuedBy = Aaa,
        },
        State(Obs, "Observerland", StateStatus.ObserverState, null),
    ];

    private static MemberState State(StateCode code, string name, StateStatus status, DateOnly? admitted) =>
        new(code, StateNames.EnglishOnly(name), status, admitted, null, RegionalGroup.None, null, string.Empty);
}
