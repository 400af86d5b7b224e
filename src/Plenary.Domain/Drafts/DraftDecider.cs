using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Drafts;

/// <summary>Decides what a command does to a draft: the events to record, or a procedural violation.</summary>
/// <remarks>
/// Sponsors join or withdraw until action is taken, and no one is added after (practice,
/// un-procedure §8.2); a draft may be withdrawn before voting starts (GA rule 80; SC rule 35).
/// </remarks>
public static class DraftDecider
{
    public static ImmutableArray<DraftEvent> Decide(DraftState state, DraftCommand command, Body body, MembershipRegister register)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command is SubmitDraft submit)
        {
            return Submit(state, submit, body, register);
        }

        if (state.Status == DraftStatus.NotSubmitted)
        {
            throw new ProcedureViolation("draft-not-submitted", "rule 78", "No draft with this symbol has been submitted.");
        }

        if (command.Date < state.Submitted)
        {
            throw new ProcedureViolation("date-before-submission", "rule 78", $"{state.Symbol} was submitted on {state.Submitted:yyyy-MM-dd}; nothing can happen to it before.");
        }

        if (!state.IsPending)
        {
            throw new ProcedureViolation("action-already-taken", "rule 80", $"{state.Symbol} is no longer before the body: it was {state.Status.ToString().ToLowerInvariant()}.");
        }

        switch (command)
        {
            case JoinSponsors join:
                if (state.IsSponsor(join.State))
                {
                    return [];
                }

                ThrowIf(SponsorRights.Check(join.State, body, join.Date, register));
                return [new SponsorJoined(join.Date, join.State)];

            case WithdrawSponsorship withdraw:
                if (!state.IsSponsor(withdraw.State))
                {
                    throw new ProcedureViolation("not-a-sponsor", "practice", $"{withdraw.State} is not a sponsor of {state.Symbol}.");
                }

                return state.Sponsors.Length == 1
                    ? [new SponsorshipWithdrawn(withdraw.Date, withdraw.State), new DraftWithdrawn(withdraw.Date, "every sponsor withdrew")]
                    : [new SponsorshipWithdrawn(withdraw.Date, withdraw.State)];

            case ReviseDraft revise:
                if (string.IsNullOrWhiteSpace(revise.NewSymbol) || string.Equals(revise.NewSymbol, state.Symbol, StringComparison.Ordinal))
                {
                    throw new ProcedureViolation("revision-needs-new-symbol", "practice", "A revised draft is issued under a new symbol (Rev.n).");
                }

                return [new DraftRevised(revise.Date, revise.NewSymbol, revise.Title ?? state.Title)];

            case ReviseDraftOrally oral:
                if (string.IsNullOrWhiteSpace(oral.Revision))
                {
                    throw new ProcedureViolation("empty-oral-revision", "practice", "An oral revision must say what changes.");
                }

                return [new DraftOrallyRevised(oral.Date, oral.Revision)];

            case WithdrawDraft withdrawDraft:
                return [new DraftWithdrawn(withdrawDraft.Date, "withdrawn by its sponsors")];

            case RecordAction action:
                var resolution = action.Decision.Outcome == VoteOutcome.Adopted ? action.Resolution : null;
                return [new ActionTakenOnDraft(action.Date, action.Decision.Outcome, resolution, action.Decision.VetoedBy)];

            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown draft command.");
        }
    }

    private static ImmutableArray<DraftEvent> Submit(DraftState state, SubmitDraft submit, Body body, MembershipRegister register)
    {
        if (state.Status != DraftStatus.NotSubmitted)
        {
            throw new ProcedureViolation("draft-already-submitted", "rule 78", $"A draft {submit.Symbol} has already been submitted.");
        }

        if (string.IsNullOrWhiteSpace(submit.Symbol))
        {
            throw new ProcedureViolation("draft-needs-symbol", "rule 78", "A draft needs a document symbol.");
        }

        submit = submit with
        {
            MainSponsors = submit.MainSponsors.IsDefault ? [] : submit.MainSponsors,
            CoSponsors = submit.CoSponsors.IsDefault ? [] : submit.CoSponsors,
        };
        var all = submit.MainSponsors.AddRange(submit.CoSponsors);
        var duplicate = all.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ProcedureViolation("duplicate-sponsor", "practice", $"{duplicate.Key} is listed twice among the sponsors of {submit.Symbol}.");
        }

        foreach (var sponsor in all)
        {
            ThrowIf(SponsorRights.Check(sponsor, body, submit.Date, register));
        }

        return [new DraftSubmitted(submit.Date, submit.Symbol, submit.Body, submit.Session, submit.Title, submit.MainSponsors, submit.CoSponsors)];
    }

    private static void ThrowIf(ProcedureViolation? violation)
    {
        if (violation is not null)
        {
            throw violation;
        }
    }
}
