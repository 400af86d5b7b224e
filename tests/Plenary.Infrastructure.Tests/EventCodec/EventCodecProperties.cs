using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.Tests.EventCodec;

/// <summary>Generated events of the richest shapes decode to what was encoded, whatever text, codes and counts they hold.</summary>
public class EventCodecProperties
{
    private static readonly Gen<StateCode> Codes =
        Gen.Choose('A', 'Z').Select(c => (char)c).ArrayOf(3).Select(c => StateCode.Parse(new string(c)));

    // Any text a request could carry: what is not valid UTF-16 cannot come out of UTF-8 JSON.
    private static readonly Gen<string> Text =
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s));

    private static readonly Gen<string?> MaybeText = Gen.OneOf(Text.Select(s => (string?)s), Gen.Constant<string?>(null));

    private static readonly Gen<ImmutableArray<StateCode>> CodeArrays =
        Gen.OneOf(Codes.ListOf().Select(l => l.ToImmutableArray()), Gen.Constant(default(ImmutableArray<StateCode>)));

    private static readonly Gen<MajorityRule> Rules = Gen.OneOf(
        Gen.Elements(MajorityRule.Simple, MajorityRule.TwoThirds),
        from count in Gen.Choose(1, 1000)
        from concur in ArbMap.Default.GeneratorFor<bool>()
        select (MajorityRule)new MajorityRule.AffirmativeVotes(count, concur));

    private static readonly Gen<DateOnly> Dates = Gen.Choose(0, 3_000_000).Select(DateOnly.FromDayNumber);

    private static readonly Gen<object> VotesOpened =
        from question in ArbMap.Default.GeneratorFor<int>()
        from subject in Text
        from kind in Text
        from method in Gen.Elements(Enum.GetValues<VoteMethod>())
        from rule in Rules
        from members in CodeArrays
        from permanent in CodeArrays
        from cannotVote in Codes.Zip(Gen.Elements(Enum.GetValues<NonVotingReason>())).ListOf()
        from mustAbstain in CodeArrays
        from callOrder in CodeArrays
        from sets in Gen.OneOf(Text.Zip(Rules).Select(p => (MajorityDecision?)new MajorityDecision(p.Item1, p.Item2)), Gen.Constant<MajorityDecision?>(null))
        select (object)new VoteOpened(
            question,
            subject,
            kind,
            method,
            rule,
            members,
            permanent,
            cannotVote.DistinctBy(p => p.Item1).ToImmutableDictionary(p => p.Item1, p => p.Item2),
            mustAbstain,
            callOrder,
            sets);

    private static readonly Gen<object> Results =
        from question in ArbMap.Default.GeneratorFor<int>()
        from outcome in Gen.Elements(Enum.GetValues<VoteOutcome>())
        from counts in Gen.Choose(0, 200).ArrayOf(4)
        from against in CodeArrays
        from required in Gen.Choose(0, 200)
        from vetoedBy in CodeArrays
        from explanation in Text
        select (object)new ResultAnnounced(question, new Decision(outcome, new Tally(counts[0], counts[1], counts[2], counts[3], against), required, vetoedBy, explanation));

    private static readonly Gen<object> Drafts =
        from date in Dates
        from symbol in Text
        from body in Gen.Elements(BodyId.GeneralAssembly, BodyId.SecurityCouncil, BodyId.Parse("HRC-1_b"))
        from session in MaybeText
        from title in Text
        from main in CodeArrays
        from co in CodeArrays
        select (object)new DraftSubmitted(date, symbol, body, session, title, main, co);

    private static readonly Gen<object> Small = Gen.OneOf(
        from state in Codes
        from kind in Gen.Elements(Enum.GetValues<SpeechKind>())
        from document in MaybeText
        from precedence in ArbMap.Default.GeneratorFor<bool>()
        select (object)new SpeakerInscribed(state, kind, document, precedence),
        from question in ArbMap.Default.GeneratorFor<int>()
        from state in Codes
        from intended in Gen.Elements<Vote?>(Vote.Yes, Vote.No, Vote.Abstain, null)
        select (object)new VoteIntentionStated(question, state, intended),
        from date in Dates
        from outcome in Gen.Elements(Enum.GetValues<VoteOutcome>())
        from resolution in MaybeText
        from vetoedBy in CodeArrays
        select (object)new ActionTakenOnDraft(date, outcome, resolution, vetoedBy));

    [Fact]
    public void Every_generated_event_decodes_to_what_was_encoded()
    {
        Prop.ForAll(
                Arb.From(Gen.OneOf(VotesOpened, Results, Drafts, Small)),
                e =>
                {
                    var codec = JsonEventCodec.Default;
                    var encoded = codec.Encode(e);
                    var decoded = codec.Decode(encoded.Name, encoded.SchemaVersion, encoded.Data);
                    return decoded.GetType() == e.GetType() && codec.Encode(decoded) == encoded;
                })
            .QuickCheckThrowOnFailure();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
