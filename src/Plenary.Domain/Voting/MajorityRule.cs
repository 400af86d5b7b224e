using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain.States;

namespace Plenary.Domain.Voting;

/// <summary>The majority a question needs, fixed when the vote opens.</summary>
/// <remarks>
/// The rule is data attached to each question put (GA rule 83-86; Charter Art. 18(3) lets the
/// Assembly itself decide, by simple majority, that a question needs two thirds). Arithmetic is
/// in integers so that exactly two thirds passes: 3Y ≥ 2(Y + N) ⇔ Y ≥ 2N.
/// </remarks>
public abstract record MajorityRule
{
    private MajorityRule()
    {
    }

    /// <summary>A stable name used in events, scenario files and the API.</summary>
    public abstract string Code { get; }

    /// <summary>The number of affirmative votes needed given these counts.</summary>
    public abstract int Required(Tally tally);

    /// <summary>Applies the rule: adopted, rejected or vetoed, with the explanation a chair reads out.</summary>
    /// <param name="tally">The counts of the vote.</param>
    /// <param name="nameOf">English name of a State, for the veto sentence.</param>
    public abstract Decision Decide(Tally tally, Func<StateCode, string> nameOf);

    private protected static string Counts(Tally t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{t.Yes} in favour, {t.No} against, {t.Abstain} {(t.Abstain == 1 ? "abstention" : "abstentions")}");

    /// <summary>A majority of the members present and voting.</summary>
    /// <remarks>Charter Art. 18(3); GA rules 85 and 125. An equally divided vote rejects (GA rule 95).</remarks>
    public sealed record SimpleMajority : MajorityRule
    {
        public override string Code => "simple-majority";

        public override int Required(Tally tally) => checked((tally.PresentAndVoting / 2) + 1);

        public override Decision Decide(Tally tally, Func<StateCode, string> nameOf)
        {
            var required = Required(tally);
            if (tally.PresentAndVoting == 0)
            {
                return new Decision(VoteOutcome.Rejected, tally, required, [], $"Not adopted: {Counts(tally)}; no member voted in favour or against");
            }

            if (tally.Yes == tally.No)
            {
                return new Decision(VoteOutcome.Rejected, tally, required, [], $"Not adopted: {Counts(tally)}; the votes are equally divided (rule 95)");
            }

            var basis = string.Create(CultureInfo.InvariantCulture, $"a majority of the {tally.PresentAndVoting} members present and voting is {required}");
            return tally.Yes > tally.No
                ? new Decision(VoteOutcome.Adopted, tally, required, [], $"Adopted: {Counts(tally)}; {basis}")
                : new Decision(VoteOutcome.Rejected, tally, required, [], $"Not adopted: {Counts(tally)}; {basis}");
        }
    }

    /// <summary>Two thirds of the members present and voting.</summary>
    /// <remarks>Charter Art. 18(2); GA rules 83, 84 and 86: important questions, among them recommendations on peace and security.</remarks>
    public sealed record TwoThirdsMajority : MajorityRule
    {
        public override string Code => "two-thirds";

        public override int Required(Tally tally) => checked(((2 * tally.PresentAndVoting) + 2) / 3);

        public override Decision Decide(Tally tally, Func<StateCode, string> nameOf)
        {
            var required = Required(tally);
            if (tally.PresentAndVoting == 0)
            {
                return new Decision(VoteOutcome.Rejected, tally, required, [], $"Not adopted: {Counts(tally)}; no member voted in favour or against");
            }

            var basis = string.Create(CultureInfo.InvariantCulture, $"two thirds of the {tally.PresentAndVoting} members present and voting is {required}");
            return tally.Yes >= checked(2 * tally.No)
                ? new Decision(VoteOutcome.Adopted, tally, required, [], $"Adopted: {Counts(tally)}; {basis}")
                : new Decision(VoteOutcome.Rejected, tally, required, [], $"Not adopted: {Counts(tally)}; {basis}");
        }
    }

    /// <summary>A fixed number of affirmative votes, with or without the concurring votes of the permanent members.</summary>
    /// <remarks>
    /// Charter Art. 27(2) (procedural: any nine) and 27(3) (all other matters: nine including the
    /// concurring votes of the permanent members). Abstention or absence of a permanent member is
    /// not a veto (practice since 1946; ICJ, Namibia advisory opinion, para. 22). Seven before the
    /// Council was enlarged in 1966 (res. 1991 A (XVIII)).
    /// </remarks>
    public sealed record AffirmativeVotes(int Count, bool PermanentMembersConcur) : MajorityRule
    {
        public override string Code => PermanentMembersConcur
            ? string.Create(CultureInfo.InvariantCulture, $"{Count}-affirmative-with-permanent-concurrence")
            : string.Create(CultureInfo.InvariantCulture, $"{Count}-affirmative");

        public override int Required(Tally tally) => Count;

        public override Decision Decide(Tally tally, Func<StateCode, string> nameOf)
        {
            var words = NumberWords.Cardinal(Count);
            if (tally.Yes < Count)
            {
                return new Decision(
                    VoteOutcome.Rejected,
                    tally,
                    Count,
                    [],
                    $"Not adopted, having failed to obtain the required number of votes: {Counts(tally)}; {words} affirmative votes are required");
            }

            if (PermanentMembersConcur && tally.PermanentAgainst.Length > 0)
            {
                var names = NumberWords.JoinWithAnd(tally.PermanentAgainst.Select(nameOf));
                var phrase = tally.PermanentAgainst.Length == 1
                    ? $"the negative vote of a permanent member ({names})"
                    : $"the negative votes of permanent members ({names})";
                return new Decision(VoteOutcome.Vetoed, tally, Count, tally.PermanentAgainst, $"Not adopted owing to {phrase}: {Counts(tally)}");
            }

            var basis = PermanentMembersConcur
                ? $"{words} affirmative votes including the concurring votes of the permanent members are required"
                : $"a procedural decision requires the affirmative vote of {words} members";
            return new Decision(VoteOutcome.Adopted, tally, Count, ImmutableArray<StateCode>.Empty, $"Adopted: {Counts(tally)}; {basis}");
        }
    }

    public static MajorityRule Simple { get; } = new SimpleMajority();

    public static MajorityRule TwoThirds { get; } = new TwoThirdsMajority();

    /// <summary>Reads a rule from its <see cref="Code"/> or a scenario shorthand ("simple", "two-thirds", "affirmative:9", "affirmative:9+veto").</summary>
    public static bool TryParse(string? text, out MajorityRule rule)
    {
        rule = Simple;
        switch (text)
        {
            case "simple" or "simple-majority":
                rule = Simple;
                return true;
            case "two-thirds":
                rule = TwoThirds;
                return true;
        }

        if (text is null)
        {
            return false;
        }

        var concur = text.EndsWith("+veto", StringComparison.Ordinal) || text.EndsWith("-with-permanent-concurrence", StringComparison.Ordinal);
        var digits = text.Replace("affirmative:", string.Empty, StringComparison.Ordinal)
            .Replace("+veto", string.Empty, StringComparison.Ordinal)
            .Replace("-affirmative-with-permanent-concurrence", string.Empty, StringComparison.Ordinal)
            .Replace("-affirmative", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 1000)
        {
            rule = new AffirmativeVotes(count, concur);
            return true;
        }

        return false;
    }
}
