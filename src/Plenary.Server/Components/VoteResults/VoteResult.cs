using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.VoteResults;

/// <summary>One member's line in the record of a vote.</summary>
/// <param name="Name">The State's name in the chosen language, as it was on the day.</param>
/// <param name="EnglishName">The English name on the day (the export's <c>ms_name</c>).</param>
/// <param name="NoVote">Why it had no vote: <c>article-19</c>, <c>not-participating</c> or <c>must-abstain</c>; null when it could vote.</param>
public sealed record StateVoteRow(StateCode Code, string Name, string EnglishName, Vote? Vote, string? NoVote, RegionalGroup Group, string M49, bool Permanent);

/// <summary>What the result page and the downloads show of one question put to the vote.</summary>
public sealed record VoteResult(
    string MeetingId,
    BodyId Body,
    string? MeetingSymbol,
    DateOnly Date,
    string? Session,
    int Number,
    string On,
    string? Title,
    VoteMethod Method,
    bool Closed,
    Decision? Decision,
    Tally Tally,
    string? Resolution,
    IReadOnlyList<StateVoteRow> Rows,
    IReadOnlyList<string> VetoedBy)
{
    /// <summary>True when each State's vote is on record (a recorded or roll-call vote).</summary>
    public bool PerState => Method is VoteMethod.Recorded or VoteMethod.RollCall;

    /// <summary>The question numbered <paramref name="number"/> in the meeting, with names in <paramref name="language"/>; null when there is none.</summary>
    public static VoteResult? From(MeetingView view, int number, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var meeting = view.Meeting;
        var question = meeting.Decided.FirstOrDefault(q => q.Number == number)
            ?? (meeting.Current?.Number == number ? meeting.Current : null);
        if (question is null)
        {
            return null;
        }

        var register = view.Record.Register;
        var date = meeting.Date;
        var rows = question.Members.Select(code =>
        {
            var known = register.TryFind(code, out var state);
            return new StateVoteRow(
                code,
                known ? register.NameOn(code, date, language) : code.Value,
                known ? register.NameOn(code, date) : code.Value,
                question.BallotOf(code),
                question.CannotVote.TryGetValue(code, out var reason) ? Api.StatesApi.Reason(reason) : question.MustAbstain.Contains(code) ? "must-abstain" : null,
                state?.Group ?? RegionalGroup.None,
                state?.M49 ?? string.Empty,
                question.Permanent.Contains(code));
        }).ToList();
        var decision = question.Decision;
        var vetoedBy = decision?.VetoedBy.Select(c => register.TryFind(c, out _) ? register.NameOn(c, date, language) : c.Value).ToList() ?? [];
        return new VoteResult(
            view.Id,
            meeting.Body,
            meeting.Symbol,
            date,
            meeting.Session,
            question.Number,
            question.On,
            view.Record.FindDraft(question.On)?.Title,
            question.Method,
            question.Closed,
            decision,
            decision?.Tally ?? question.Tally(),
            view.Record.ResolutionOf(question.On),
            rows,
            vetoedBy);
    }
}
