using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Tests.Specs;

/// <summary>A small hand-made register of States and builders for the events tests start from.</summary>
/// <remarks>
/// Domain tests read no files. The register holds the Council of 2022 and 2023, the Council of
/// eleven of 1960, a few more Members (Belarus, Ukraine; Venezuela without a vote under Art. 19
/// from 11 January 2022; Comoros permitted to vote; South Sudan admitted 14 July 2011), three former
/// codes (the USSR and Ceylon, continued by the Russian Federation and Sri Lanka; the German
/// Democratic Republic) and the two observer States.
/// </remarks>
public static class Builders
{
    public static DateOnly Es11Vote { get; } = new(2022, 3, 2);

    public static DateOnly February2022 { get; } = new(2022, 2, 25);

    public static DateOnly September1960 { get; } = new(1960, 9, 17);

    /// <summary>The Council of 2022 in English alphabetical order, as the Council lists its members.</summary>
    public static ImmutableArray<StateCode> Council2022 { get; } =
        Codes("ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "GBR", "USA");

    public static ImmutableArray<StateCode> PermanentMembers { get; } = Codes("CHN", "FRA", "RUS", "GBR", "USA");

    // Declared after the codes they are built from: static properties initialise in order.
    public static MembershipRegister Register { get; } = new(States(), CouncilTerms(), Article19());

    /// <summary>The same register with numbered filler Members, so that the Assembly has 193 Members in 2022.</summary>
    public static MembershipRegister Register193 { get; } = WithFillers(193, Es11Vote);

    public static StateCode Code(string code) => StateCode.Parse(code);

    public static ImmutableArray<StateCode> Codes(params string[] codes) => [.. codes.Select(StateCode.Parse)];

    public static MeetingOpened AnOpenedGaMeeting(DateOnly date, string session = "ES-11") =>
        new("ga-meeting", BodyId.GeneralAssembly, $"A/{session}/PV.5", date, session);

    public static MeetingOpened AnOpenedCouncilMeeting(DateOnly date) =>
        new("sc-meeting", BodyId.SecurityCouncil, "S/PV.8979", date, null);

    /// <summary>The vote a body opens on the date, with the electorate the register gives for that date.</summary>
    public static VoteOpened AVoteOpened(
        Body body,
        DateOnly date,
        string on,
        string kind,
        MajorityRule rule,
        VoteMethod method = VoteMethod.Recorded,
        int question = 1,
        MembershipRegister? register = null,
        ImmutableArray<StateCode> mustAbstain = default,
        ImmutableArray<StateCode> callOrder = default,
        MajorityDecision? sets = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var electorate = body.ElectorateOn(date, register ?? Register);
        return new VoteOpened(
            question,
            on,
            kind,
            method,
            rule,
            electorate.Members,
            electorate.Permanent,
            electorate.CannotVote,
            mustAbstain.IsDefault ? [] : mustAbstain,
            callOrder.IsDefault ? [] : callOrder,
            sets);
    }

    public static VoteOpened AnAssemblyVoteOpened(string on, string kind = "important", MajorityRule? rule = null, VoteMethod method = VoteMethod.Recorded, int question = 1, MembershipRegister? register = null) =>
        AVoteOpened(Body.GeneralAssembly, Es11Vote, on, kind, rule ?? (kind == "important" ? MajorityRule.TwoThirds : MajorityRule.Simple), method, question, register);

    public static VoteOpened ACouncilVoteOpened(DateOnly date, string on, string kind = "substantive", int question = 1, ImmutableArray<StateCode> mustAbstain = default)
    {
        var electorate = Body.SecurityCouncil.ElectorateOn(date, Register);
        Assert.True(Body.SecurityCouncil.TryRuleFor(kind, electorate, out var rule), $"the Council decides {kind} questions");
        return AVoteOpened(Body.SecurityCouncil, date, on, kind, rule, question: question, mustAbstain: mustAbstain);
    }

    public static MeetingEvent[] Votes(int question, Vote vote, params string[] codes) =>
        [.. codes.Select(c => new VoteCast(question, StateCode.Parse(c), vote))];

    /// <summary>Ballots for a large vote: the named States vote no, then the first States that may vote say yes, the next abstain, the rest do not vote.</summary>
    public static MeetingEvent[] Ballots(VoteOpened vote, int yes, ImmutableArray<StateCode> no, int abstain)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var others = vote.Members.Where(m => !vote.CannotVote.ContainsKey(m) && !no.Contains(m)).ToArray();
        Assert.True(others.Length >= yes + abstain, "enough Members may vote");
        return
        [
            .. others.Take(yes).Select(c => new VoteCast(vote.Question, c, Vote.Yes)),
            .. no.Select(c => new VoteCast(vote.Question, c, Vote.No)),
            .. others.Skip(yes).Take(abstain).Select(c => new VoteCast(vote.Question, c, Vote.Abstain)),
        ];
    }

    public static DraftBuilder ADraft(string symbol) => new(symbol);

    private static MembershipRegister WithFillers(int members, DateOnly date)
    {
        var missing = members - Register.AssemblyMembersOn(date).Length;
        var fillers = Enumerable.Range(0, missing).Select(i =>
        {
            var letters = string.Create(CultureInfo.InvariantCulture, $"Q{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}");
            return Member(letters, $"Member {letters}", new DateOnly(1945, 10, 24));
        });
        return new MembershipRegister(States().Concat(fillers), CouncilTerms(), Article19());
    }

    private static IEnumerable<MemberState> States() =>
    [
        Member("CHN", "China", new DateOnly(1945, 10, 24)),
        Member("FRA", "France", new DateOnly(1945, 10, 24)),
        Member("RUS", "Russian Federation", new DateOnly(1945, 10, 24)),
        Member("GBR", "United Kingdom of Great Britain and Northern Ireland", new DateOnly(1945, 10, 24)),
        Member("USA", "United States of America", new DateOnly(1945, 10, 24)),
        Member("ALB", "Albania", new DateOnly(1955, 12, 14)),
        Member("ARE", "United Arab Emirates", new DateOnly(1971, 12, 9)),
        Member("BRA", "Brazil", new DateOnly(1945, 10, 24)),
        Member("GAB", "Gabon", new DateOnly(1960, 9, 20)),
        Member("GHA", "Ghana", new DateOnly(1957, 3, 8)),
        Member("IND", "India", new DateOnly(1945, 10, 30)),
        Member("IRL", "Ireland", new DateOnly(1955, 12, 14)),
        Member("KEN", "Kenya", new DateOnly(1963, 12, 16)),
        Member("MEX", "Mexico", new DateOnly(1945, 11, 7)),
        Member("NOR", "Norway", new DateOnly(1945, 11, 27)),
        Member("CHE", "Switzerland", new DateOnly(2002, 9, 10)),
        Member("ECU", "Ecuador", new DateOnly(1945, 12, 21)),
        Member("JPN", "Japan", new DateOnly(1956, 12, 18)),
        Member("MLT", "Malta", new DateOnly(1964, 12, 1)),
        Member("MOZ", "Mozambique", new DateOnly(1975, 9, 16)),
        Member("ARG", "Argentina", new DateOnly(1945, 10, 24)),
        Member("LKA", "Sri Lanka", new DateOnly(1955, 12, 14)),
        Member("ITA", "Italy", new DateOnly(1955, 12, 14)),
        Member("POL", "Poland", new DateOnly(1945, 10, 24)),
        Member("TUN", "Tunisia", new DateOnly(1956, 11, 12)),
        Member("UKR", "Ukraine", new DateOnly(1945, 10, 24)),
        Member("BLR", "Belarus", new DateOnly(1945, 10, 24)),
        Member("VEN", "Venezuela (Bolivarian Republic of)", new DateOnly(1945, 11, 15)),
        Member("COM", "Comoros", new DateOnly(1975, 11, 12)),
        Member("SSD", "South Sudan", new DateOnly(2011, 7, 14)),
        Member("PRK", "Democratic People's Republic of Korea", new DateOnly(1991, 9, 17)),
        Member("ERI", "Eritrea", new DateOnly(1993, 5, 28)),
        Member("SYR", "Syrian Arab Republic", new DateOnly(1945, 10, 24)),
        Former("SUN", "Union of Soviet Socialist Republics", new DateOnly(1945, 10, 24), new DateOnly(1991, 12, 23), "RUS"),
        Former("CEY", "Ceylon", new DateOnly(1955, 12, 14), new DateOnly(1972, 5, 21), "LKA"),
        Former("DDR", "German Democratic Republic", new DateOnly(1973, 9, 18), new DateOnly(1990, 10, 2), null),
        Observer("VAT", "Holy See"),
        Observer("PSE", "State of Palestine"),
    ];

    private static IEnumerable<CouncilTerm> CouncilTerms() =>
    [
        .. PermanentMembers.Select(p => new CouncilTerm(p, 1946, null, true)),
        .. Terms(2021, 2022, "IND", "IRL", "KEN", "MEX", "NOR"),
        .. Terms(2022, 2023, "ALB", "ARE", "BRA", "GAB", "GHA"),
        .. Terms(2023, 2024, "CHE", "ECU", "JPN", "MLT", "MOZ"),
        .. Terms(1959, 1960, "ARG", "ITA", "TUN"),
        .. Terms(1960, 1961, "LKA", "ECU"),
        .. Terms(1960, 1960, "POL"),
    ];

    private static IEnumerable<Article19Entry> Article19() =>
    [
        new(2022, Code("VEN"), Article19Status.NoVote, new DateOnly(2022, 1, 11)),
        new(2022, Code("COM"), Article19Status.Exempted, new DateOnly(2022, 1, 11)),
    ];

    private static IEnumerable<CouncilTerm> Terms(int from, int to, params string[] codes) =>
        codes.Select(c => new CouncilTerm(Code(c), from, to, false));

    private static MemberState Member(string code, string name, DateOnly admitted) =>
        new(Code(code), StateNames.EnglishOnly(name), StateStatus.Member, admitted, null, RegionalGroup.None, null, string.Empty);

    private static MemberState Former(string code, string name, DateOnly admitted, DateOnly ceased, string? continuedBy) =>
        new(Code(code), StateNames.EnglishOnly(name), StateStatus.FormerMember, admitted, ceased, RegionalGroup.None, continuedBy is null ? null : Code(continuedBy), string.Empty);

    private static MemberState Observer(string code, string name) =>
        new(Code(code), StateNames.EnglishOnly(name), StateStatus.ObserverState, null, null, RegionalGroup.None, null, string.Empty);
}
