using System.Collections.Immutable;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Bodies;

/// <summary>A deliberative body: the General Assembly, the Security Council, or one defined by data.</summary>
/// <remarks>
/// The Assembly is every Member on the date (Charter Art. 9) with one vote each, lost under
/// Art. 19; it decides important questions by two thirds and others by a simple majority of the
/// members present and voting (Art. 18). The Council is the fifteen (eleven before 1966) in force
/// on the date (Art. 23), deciding by nine (seven) affirmative votes, with the concurring votes
/// of the permanent members on all but procedural matters (Art. 27). A custom body (a committee,
/// a Model UN council) names its members, its permanent members and the majority of each kind
/// of question.
/// </remarks>
public sealed record Body(
    BodyId Id,
    string Name,
    BodyKind Kind,
    ImmutableArray<StateCode> FixedMembers,
    ImmutableArray<StateCode> Permanent,
    ImmutableArray<QuestionKind> Questions,
    Quorum Quorum,
    bool AppliesArticle19)
{
    public static Body GeneralAssembly { get; } = new(
        BodyId.GeneralAssembly,
        "General Assembly",
        BodyKind.GeneralAssembly,
        [],
        [],
        [new QuestionKind("important", MajorityRule.TwoThirds), new QuestionKind("other", MajorityRule.Simple)],
        Quorum.GeneralAssembly,
        AppliesArticle19: true);

    public static Body SecurityCouncil { get; } = new(
        BodyId.SecurityCouncil,
        "Security Council",
        BodyKind.SecurityCouncil,
        [],
        [],
        [new QuestionKind("substantive", new MajorityRule.AffirmativeVotes(9, true)), new QuestionKind("procedural", new MajorityRule.AffirmativeVotes(9, false))],
        Quorum.NoneRequired,
        AppliesArticle19: false);

    // The UN lists States in English alphabetical order, accents aside (Côte d'Ivoire before Croatia).
    private static readonly StringComparer EnglishOrder = StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreNonSpace);

    /// <summary>True when the body's membership is every UN Member on the date.</summary>
    public bool AllMembers => Kind == BodyKind.GeneralAssembly || (Kind == BodyKind.Custom && FixedMembers.IsDefaultOrEmpty);

    public IEnumerable<string> QuestionNames => Questions.Select(q => q.Name);

    /// <summary>Who sits, who holds a veto and who may not vote on this date.</summary>
    public Electorate ElectorateOn(DateOnly date, MembershipRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        ImmutableArray<StateCode> members;
        ImmutableArray<StateCode> permanent;
        if (Kind == BodyKind.SecurityCouncil)
        {
            var council = register.CouncilOn(date);
            members = council.Members;
            permanent = council.Permanent;
        }
        else if (AllMembers)
        {
            members = [.. register.AssemblyMembersOn(date).Select(s => s.Code)];
            permanent = Permanent.IsDefault ? [] : Permanent;
        }
        else
        {
            members = [.. FixedMembers.OrderBy(c => register.NameOn(c, date), EnglishOrder).ThenBy(c => c.Value, StringComparer.Ordinal)];
            permanent = Permanent.IsDefault ? [] : Permanent;
        }

        var cannotVote = ImmutableDictionary.CreateBuilder<StateCode, NonVotingReason>();
        foreach (var member in members)
        {
            if (Kind != BodyKind.SecurityCouncil && register.TryFind(member, out var state) && state.IsBarredOn(date))
            {
                cannotVote[member] = NonVotingReason.NotParticipating;
            }
            else if (AppliesArticle19 && register.HasLostVoteUnderArticle19(member, date))
            {
                cannotVote[member] = NonVotingReason.Article19;
            }
        }

        return new Electorate(members, permanent, cannotVote.ToImmutable());
    }

    /// <summary>The majority a kind of question needs in this body, for this electorate.</summary>
    /// <remarks>The Council needed seven of eleven votes before its enlargement in 1966 (Art. 27 as first written).</remarks>
    public bool TryRuleFor(string question, Electorate electorate, out MajorityRule rule)
    {
        ArgumentNullException.ThrowIfNull(electorate);
        var kind = Questions.FirstOrDefault(q => string.Equals(q.Name, question, StringComparison.Ordinal));
        if (kind is null)
        {
            rule = MajorityRule.Simple;
            return false;
        }

        rule = kind.Rule;
        if (Kind == BodyKind.SecurityCouncil && electorate.Size <= 11 && rule is MajorityRule.AffirmativeVotes votes)
        {
            rule = votes with { Count = 7 };
        }

        return true;
    }
}
