using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>The rules for putting a question, voting on it and announcing the result.</summary>
/// <remarks>
/// GA rules 83-88 and 95; Charter Art. 18, 19 and 27. A delegation may change its vote until the
/// chair closes the voting; a correction stated afterwards is recorded beside the result and
/// never changes it (practice, un-procedure §9).
/// </remarks>
internal static class Questions
{
    public static ImmutableArray<MeetingEvent> Open(MeetingState state, OpenVote command, MeetingContext context)
    {
        RequireNoQuestion(state);
        RequireDraftPending(command.On, context);
        if (command.Method == VoteMethod.WithoutVote)
        {
            throw new ArgumentException("Adoption without a vote is its own command.", nameof(command));
        }

        var electorate = context.Body.ElectorateOn(state.Date, context.Register);
        if (!context.Body.TryRuleFor(command.QuestionKind, electorate, out var rule))
        {
            throw UnknownKind(command.QuestionKind, context.Body);
        }

        if (state.MajoritiesDecided.TryGetValue(command.On, out var decided))
        {
            rule = decided;
        }

        if (command.Method == VoteMethod.NonRecorded && !electorate.Permanent.IsEmpty)
        {
            throw new ProcedureViolation("vote-must-name-states", "Art. 27(3)", $"In the {context.Body.Name} a permanent member's negative vote decides the outcome, so each State's vote must be recorded.");
        }

        var mustAbstain = command.MustAbstain.IsDefault ? [] : command.MustAbstain;
        if (!mustAbstain.IsEmpty)
        {
            if (context.Body.Kind != BodyKind.SecurityCouncil || rule is not MajorityRule.AffirmativeVotes { PermanentMembersConcur: true })
            {
                throw new ProcedureViolation("obligatory-abstention-chapter-vi", "Art. 27(3)", "Only in the Council's decisions under Chapter VI must a party to a dispute abstain.");
            }

            foreach (var party in mustAbstain.Where(p => !electorate.IsMember(p)))
            {
                throw MeetingDecider.NotAMember(party, context, state.Date);
            }
        }

        if (command.Sets is { } sets && rule is not MajorityRule.SimpleMajority)
        {
            throw new ProcedureViolation("majority-decided-by-simple-majority", "Art. 18(3)", "The majority another question needs is itself decided by a simple majority.");
        }

        var callOrder = ImmutableArray<StateCode>.Empty;
        if (command.Method == VoteMethod.RollCall && electorate.Size > 0)
        {
            // unchecked: any int is a lot, a negative one included (the build checks arithmetic).
            var first = (int)(unchecked((uint)command.LotSeed) % (uint)electorate.Size);
            callOrder = [.. electorate.Members[first..], .. electorate.Members[..first]];
        }

        return
        [
            new VoteOpened(
                state.QuestionsPut + 1,
                command.On,
                command.QuestionKind,
                command.Method,
                rule,
                electorate.Members,
                electorate.Permanent,
                electorate.CannotVote,
                mustAbstain,
                callOrder,
                command.Sets),
        ];
    }

    public static ImmutableArray<MeetingEvent> Cast(MeetingState state, CastVote command, MeetingContext context)
    {
        var question = RequireOpenForVotes(state);
        if (question.Method == VoteMethod.NonRecorded)
        {
            throw new ProcedureViolation("non-recorded-vote", "rule 87", "In a non-recorded vote only the numbers are recorded.");
        }

        if (!question.IsMember(command.State))
        {
            throw MeetingDecider.NotAMember(command.State, context, state.Date);
        }

        if (question.CannotVote.TryGetValue(command.State, out var reason))
        {
            var name = context.Register.NameOn(command.State, state.Date);
            throw reason switch
            {
                NonVotingReason.NotParticipating => new ProcedureViolation("not-participating", "GA res. 47/1", $"{name} does not participate in the work of the General Assembly."),
                _ => new ProcedureViolation("article-19", "Art. 19", $"{name} has no vote in the General Assembly: its arrears equal or exceed the contributions due for the preceding two full years."),
            };
        }

        if (command.Vote != Vote.Abstain && question.MustAbstain.Contains(command.State))
        {
            var name = context.Register.NameOn(command.State, state.Date);
            throw new ProcedureViolation("party-must-abstain", "Art. 27(3)", $"{name} is a party to the dispute and must abstain in this decision under Chapter VI.");
        }

        return question.BallotOf(command.State) == command.Vote ? [] : [new VoteCast(question.Number, command.State, command.Vote, command.Reference)];
    }

    public static ImmutableArray<MeetingEvent> RecordCounts(MeetingState state, RecordVoteCounts command)
    {
        var question = RequireOpenForVotes(state);
        if (question.Method != VoteMethod.NonRecorded)
        {
            throw new ProcedureViolation("recorded-vote-needs-states", "rule 87", "A recorded vote records each State's vote, not only the numbers.");
        }

        if (command.Yes < 0 || command.No < 0 || command.Abstain < 0)
        {
            throw new ProcedureViolation("negative-count", "rule 87", "Vote counts cannot be negative.");
        }

        var mayVote = question.Members.Length - question.CannotVote.Count;
        if ((long)command.Yes + command.No + command.Abstain > mayVote)
        {
            throw new ProcedureViolation("counts-exceed-members", "Art. 18(1)", $"Only {mayVote} members may vote; the counts add up to more.");
        }

        return [new VoteCountsRecorded(question.Number, command.Yes, command.No, command.Abstain)];
    }

    public static ImmutableArray<MeetingEvent> Close(MeetingState state, CloseVoting command)
    {
        var question = state.Current ?? throw NoVote();
        if (question.Closed)
        {
            return [];
        }

        VoteLock.RequireCountdownOver(question, command);
        return [new VotingClosed(question.Number)];
    }

    public static ImmutableArray<MeetingEvent> Announce(MeetingState state, MeetingContext context)
    {
        var question = state.Current ?? throw NoVote();
        if (!question.Closed)
        {
            throw new ProcedureViolation("voting-not-closed", "rule 88", "The chair closes the voting before announcing the result.");
        }

        var tally = question.Tally();
        var quorum = Quorum.Count(context.Body.Quorum.ToDecide, question.Members.Length);
        if (tally.Present < quorum)
        {
            throw new ProcedureViolation("no-quorum", "rule 67", $"Only {tally.Present} members took part; a decision needs {quorum} members present.");
        }

        var decision = question.Rule.Decide(tally, code => context.Register.NameOn(code, state.Date));
        return [new ResultAnnounced(question.Number, decision)];
    }

    public static ImmutableArray<MeetingEvent> AdoptWithoutVote(MeetingState state, AdoptWithoutVoteCommand command, MeetingContext context)
    {
        RequireNoQuestion(state);
        RequireDraftPending(command.On, context);
        var electorate = context.Body.ElectorateOn(state.Date, context.Register);
        if (!context.Body.TryRuleFor(command.QuestionKind, electorate, out _))
        {
            throw UnknownKind(command.QuestionKind, context.Body);
        }

        return [new AdoptedWithoutVote(state.QuestionsPut + 1, command.On, command.QuestionKind)];
    }

    public static ImmutableArray<MeetingEvent> StateIntention(MeetingState state, StateVoteIntention command)
    {
        var question = state.Decided.FirstOrDefault(q => q.Number == command.Question)
            ?? throw new ProcedureViolation("no-such-vote", "practice", "No result has been announced for that question in this meeting.");
        if (question.Method == VoteMethod.WithoutVote || question.Method == VoteMethod.NonRecorded)
        {
            throw new ProcedureViolation("no-recorded-vote", "practice", "Only a recorded vote carries each State's vote, and so a stated intention.");
        }

        if (!question.IsMember(command.State))
        {
            throw new ProcedureViolation("not-a-member", "practice", $"{command.State} was not a member entitled to vote on that question.");
        }

        return [new VoteIntentionStated(command.Question, command.State, command.Intended)];
    }

    private static QuestionRecord RequireOpenForVotes(MeetingState state)
    {
        var question = state.Current ?? throw NoVote();
        return question.Closed
            ? throw new ProcedureViolation("voting-closed", "rule 88", $"Voting on {question.On} is closed; a vote can no longer be cast or changed.")
            : question;
    }

    private static void RequireNoQuestion(MeetingState state)
    {
        if (state.Current is { } current)
        {
            throw new ProcedureViolation("vote-in-progress", "rule 88", $"The vote on {current.On} is still in progress.");
        }
    }

    private static void RequireDraftPending(string on, MeetingContext context)
    {
        if (string.IsNullOrWhiteSpace(on))
        {
            throw new ProcedureViolation("question-needs-subject", "rule 78", "A question names the draft or proposal it decides.");
        }

        var draft = context.FindDraft(on);
        if (draft is null || draft.Status == DraftStatus.NotSubmitted)
        {
            if (DocumentSymbols.LooksLikeSymbol(on))
            {
                throw new ProcedureViolation("draft-not-submitted", "rule 78", $"No draft {on} has been submitted to the {context.Body.Name}.");
            }

            return;
        }

        if (draft.Body != context.Body.Id)
        {
            throw new ProcedureViolation("draft-of-another-body", "rule 78", $"{on} is before another body, not the {context.Body.Name}.");
        }

        if (!draft.IsPending)
        {
            throw new ProcedureViolation("action-already-taken", "rule 81", $"Action on {on} has already been taken; reconsidering it needs a two-thirds decision (rule 81).");
        }
    }

    internal static ProcedureViolation NoVote() =>
        new("no-vote-open", "rule 88", "No question has been put to the vote.");

    private static ProcedureViolation UnknownKind(string kind, Body body) =>
        new("unknown-question-kind", "Art. 18; Art. 27", $"The {body.Name} has no '{kind}' questions; it decides {string.Join(" or ", body.QuestionNames)} questions.");
}
