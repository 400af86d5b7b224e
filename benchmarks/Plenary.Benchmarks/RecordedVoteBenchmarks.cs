using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Benchmarks;

/// <summary>Deciding a recorded vote: the rule on a ready tally, counting then deciding, and the decider's AnnounceResult.</summary>
/// <remarks>
/// GA: resolution ES-11/1 of 2 March 2022, an important question (two thirds), 193 Members, adopted
/// 141-5-35 with 12 non-voting. SC: draft S/2022/155 of 25 February 2022, substantive, 11-1-3,
/// vetoed by the Russian Federation. Target: under 2 µs for a 193-member vote.
/// </remarks>
[MemoryDiagnoser]
public class RecordedVoteBenchmarks
{
    private MeetingState _state = MeetingState.Initial;
    private MeetingContext _context = null!;
    private QuestionRecord _question = null!;
    private MajorityRule _rule = MajorityRule.Simple;
    private Tally _tally;
    private Func<StateCode, string> _nameOf = null!;

    public enum Meeting
    {
        GA_ES11_1_TwoThirds,
        SC_S2022_155_Veto,
    }

    [Params(Meeting.GA_ES11_1_TwoThirds, Meeting.SC_S2022_155_Veto)]
    public Meeting Vote { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (body, date, on, kind, document, expected) = Vote switch
        {
            Meeting.GA_ES11_1_TwoThirds => (Body.GeneralAssembly, new DateOnly(2022, 3, 2), "A/ES-11/L.1", "important", "A/RES/ES-11/1", "141-5-35 Adopted"),
            _ => (Body.SecurityCouncil, new DateOnly(2022, 2, 25), "S/2022/155", "substantive", "S/2022/155", "11-1-3 Vetoed"),
        };
        _context = RecordedVotes.ContextFor(body);
        _state = RecordedVotes.ClosedVote(_context, date, on, kind, document);
        _question = _state.Current!;
        _rule = _question.Rule;
        _tally = _question.Tally();
        _nameOf = code => _context.Register.NameOn(code, date);

        var decision = _rule.Decide(_tally, _nameOf);
        var actual = $"{decision.Tally.Yes}-{decision.Tally.No}-{decision.Tally.Abstain} {decision.Outcome}";
        if (!string.Equals(actual, expected, StringComparison.Ordinal) || (body == Body.GeneralAssembly && _rule != MajorityRule.TwoThirds))
        {
            throw new InvalidOperationException($"{document}: expected {expected}, got {actual} under {_rule.Code}.");
        }
    }

    /// <summary>The majority rule alone, on a tally counted beforehand (for the GA, MajorityRule.TwoThirds).</summary>
    [Benchmark]
    public Decision RuleDecide() => _rule.Decide(_tally, _nameOf);

    /// <summary>Counting the ballots of the question record, then applying its rule.</summary>
    [Benchmark]
    public Decision TallyThenDecide() => _question.Rule.Decide(_question.Tally(), _nameOf);

    /// <summary>The whole command: quorum, count, rule and the ResultAnnounced event.</summary>
    [Benchmark]
    public ImmutableArray<MeetingEvent> DeciderAnnounceResult() => MeetingDecider.Decide(_state, new AnnounceResult(), _context);
}
