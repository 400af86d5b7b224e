using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Voting;

/// <summary>Where the question on the board stands.</summary>
public enum BoardPhase
{
    /// <summary>No question has been put in this meeting.</summary>
    NoVote,

    /// <summary>Delegations may vote and change their vote.</summary>
    Open,

    /// <summary>The chair locked the voting; the result is not announced yet.</summary>
    Closed,

    /// <summary>The chair announced the result.</summary>
    Announced,
}

/// <summary>What the vote board shows of a meeting at one version: the question being voted (else the last one decided), a light per member, the totals and what the majority means now.</summary>
/// <param name="Lights">The members in the order of the question (English alphabetical order, as the UN lists them).</param>
/// <param name="Observers">Observer States sitting in the Assembly without a vote; empty elsewhere.</param>
/// <param name="Standing">Null when the question was decided without a vote.</param>
/// <param name="Resolution">The resolution the adopted draft became, once known.</param>
public sealed record BoardModel(
    string MeetingId,
    long Version,
    BodyId Body,
    string BodyName,
    string? Symbol,
    DateOnly Date,
    QuestionRecord? Question,
    BoardPhase Phase,
    IReadOnlyList<BoardLight> Lights,
    IReadOnlyList<BoardLight> Observers,
    Tally Tally,
    MajorityStanding? Standing,
    IReadOnlyList<string> VetoedBy,
    string? Resolution)
{
    public bool IsCouncil => Body == BodyId.SecurityCouncil;

    /// <summary>Reads the board from a meeting view; State names in <paramref name="language"/> (<c>en</c>, <c>fr</c>, ...).</summary>
    public static BoardModel From(MeetingView view, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = view.Record.Bodies.TryGetValue(view.Meeting.Body, out var found) ? found : null;
        return From(view.Id, view.Version, view.Meeting, view.Record.Register, body, view.Record.ResolutionOf, language);
    }

    /// <summary>Reads the board from a meeting's state at <paramref name="version"/>.</summary>
    /// <param name="body">The meeting's body, when known: the Assembly's board also shows the observer States.</param>
    /// <param name="resolutionOf">The resolution an adopted draft became, if any.</param>
    public static BoardModel From(string id, long version, MeetingState meeting, MembershipRegister register, Body? body, Func<string, string?> resolutionOf, string language)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(resolutionOf);
        string NameOf(StateCode code) => register.TryFind(code, out _) ? register.NameOn(code, meeting.Date, language) : code.Value;

        var question = meeting.Current ?? meeting.Decided.LastOrDefault();
        var empty = new BoardModel(
            id, version, meeting.Body, body?.Name ?? meeting.Body.Value, meeting.Symbol, meeting.Date,
            question, BoardPhase.NoVote, [], [], Tally.Of(0, 0, 0), null, [], null);
        if (question is null)
        {
            return empty;
        }

        var phase = question.Decision is not null ? BoardPhase.Announced : question.Closed ? BoardPhase.Closed : BoardPhase.Open;
        if (question.Method == VoteMethod.WithoutVote)
        {
            return empty with { Phase = phase };
        }

        var vetoedBy = question.Decision?.VetoedBy is { IsDefaultOrEmpty: false } vetoes ? vetoes : [];
        var ballots = question.Ballots;
        var lights = new BoardLight[question.Members.Length];
        for (var i = 0; i < lights.Length; i++)
        {
            var code = question.Members[i];
            lights[i] = new BoardLight(
                code,
                NameOf(code),
                ballots[i],
                NoVoteOf(question, code),
                question.Permanent.Contains(code),
                vetoedBy.Contains(code));
        }

        IReadOnlyList<BoardLight> observers = body?.AllMembers == true
            ? [.. register.States
                .Where(s => s.Status == StateStatus.ObserverState)
                .OrderBy(s => s.Name, StringComparer.InvariantCulture)
                .Select(s => new BoardLight(s.Code, NameOf(s.Code), null, NoVoteMark.Observer, false, false))]
            : [];

        // The same count the chair's announcement decides on.
        var tally = question.Tally();
        return empty with
        {
            Phase = phase,
            Lights = lights,
            Observers = observers,
            Tally = tally,
            Standing = MajorityStanding.Of(question.Rule, tally, NameOf),
            VetoedBy = [.. vetoedBy.Select(NameOf)],
            Resolution = question.Decision?.Outcome == VoteOutcome.Adopted ? resolutionOf(question.On) : null,
        };
    }

    private static NoVoteMark? NoVoteOf(QuestionRecord question, StateCode code) =>
        question.CannotVote.TryGetValue(code, out var reason)
            ? reason == NonVotingReason.NotParticipating ? NoVoteMark.NotParticipating : NoVoteMark.Article19
            : question.MustAbstain.Contains(code) ? NoVoteMark.MustAbstain : null;
}
