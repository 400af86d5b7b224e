using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Accounts;

namespace Plenary.Server.Components.Chair;

/// <summary>The guided roll-call (GA rule 87(a)): from the State drawn by lot, each Member in English alphabetical order is called and the chair records its answer.</summary>
/// <remarks>
/// An answer is a vote recorded in the meeting; a State that does not answer is marked absent on
/// this console only (absence is no vote) and may be called again once the roll is through.
/// States without a vote (Article 19) are passed over.
/// </remarks>
public sealed partial class RollCallPanel
{
    private const string AnswerControl = "roll-call-answer";

    private HashSet<StateCode> Absent { get; } = [];

    private QuestionRecord Question => View.Meeting.Current!;

    /// <summary>The State being called: the first in the call order without an answer.</summary>
    private StateCode? Called
    {
        get
        {
            foreach (var state in Question.CallOrder)
            {
                if (Question.BallotOf(state) is null && !Absent.Contains(state) && !Question.CannotVote.ContainsKey(state))
                {
                    return state;
                }
            }

            return null;
        }
    }

    private string AnswerOf(StateCode state) => Question.BallotOf(state) switch
    {
        Vote.Yes => V["Yes"],
        Vote.No => V["No"],
        Vote.Abstain => V["Abstain"],
        _ when Question.CannotVote.TryGetValue(state, out var reason) => reason == NonVotingReason.NotParticipating ? V["NotParticipating"] : V["NoVoteArticle19"],
        _ when Absent.Contains(state) => T["Absent"],
        _ => T["NotCalled"],
    };

    private Task RecordAsync(StateCode state, Vote vote) => RunAsync(AnswerControl, (user, b) =>
    {
        Access.RecordVote(user, state)(b.Meeting(Meeting));
        b.Execute(Meeting, new CastVote(state, vote));
    });

    private void MarkAbsent(StateCode state) => Absent.Add(state);

    private void CallAbsentAgain() => Absent.Clear();
}
