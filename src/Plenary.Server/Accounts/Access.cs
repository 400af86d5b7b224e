using System.Security.Claims;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Server.Accounts;

/// <summary>Who may run which command: checks that throw <see cref="Forbidden"/>, called by the handlers once they know the body or State concerned.</summary>
/// <remarks>
/// Signing in at all is enforced before any handler runs (<see cref="AccountsSetup"/>); these
/// checks only narrow it. The Secretariat may do everything. An observer delegation is refused a
/// vote here, with 403, before the rules of procedure are asked.
/// </remarks>
public static class Access
{
    public static bool IsSecretariat(this ClaimsPrincipal user) => user.IsInRole(Roles.Secretariat);

    /// <summary>The Secretariat only.</summary>
    public static void Secretariat(ClaimsPrincipal user)
    {
        if (!user.IsSecretariat())
        {
            throw new Forbidden("Only the Secretariat may do this.");
        }
    }

    /// <summary>The Secretariat or the President of <paramref name="body"/>.</summary>
    public static void Chair(ClaimsPrincipal user, BodyId body)
    {
        if (!user.IsSecretariat() && !IsPresidentOf(user, body))
        {
            throw new Forbidden($"Only the President of {body} or the Secretariat may do this.");
        }
    }

    /// <summary>A check on a meeting: the Secretariat or the President of the meeting's body.</summary>
    public static Action<MeetingState> ChairOfMeeting(ClaimsPrincipal user) => meeting => Chair(user, meeting.Body);

    /// <summary>The Secretariat, or a delegation (of a member or an observer) acting for its own State.</summary>
    public static void ForState(ClaimsPrincipal user, StateCode state)
    {
        if (!user.IsSecretariat() && !IsDelegationOf(user, state))
        {
            throw new Forbidden($"Only the delegation of {state} or the Secretariat may do this for {state}.");
        }
    }

    /// <summary>The Secretariat, or a Member State's delegation casting its own vote; never an observer.</summary>
    public static void VoteFor(ClaimsPrincipal user, StateCode state)
    {
        if (user.IsInRole(Roles.Observer))
        {
            throw new Forbidden("An observer delegation takes part without the right to vote.");
        }

        ForState(user, state);
    }

    /// <summary>A check on a meeting before a State's vote is recorded: as <see cref="VoteFor"/>, and in a roll-call also the chair of the meeting's body.</summary>
    /// <remarks>In a roll-call (GA rule 87(a)) each Member answers aloud when called and the chair has the answer recorded.</remarks>
    public static Action<MeetingState> RecordVote(ClaimsPrincipal user, StateCode state) => meeting =>
    {
        if (meeting.Current?.Method == VoteMethod.RollCall && IsPresidentOf(user, meeting.Body))
        {
            return;
        }

        VoteFor(user, state);
    };

    /// <summary>A check on a meeting: the chair of its body, or the delegation of <paramref name="state"/>.</summary>
    public static Action<MeetingState> ChairOrState(ClaimsPrincipal user, StateCode state) => meeting =>
    {
        if (!IsDelegationOf(user, state))
        {
            Chair(user, meeting.Body);
        }
    };

    /// <summary>Submitting a draft: the Secretariat, or a delegation whose State is among its sponsors.</summary>
    public static void Submit(ClaimsPrincipal user, IEnumerable<StateCode> sponsors)
    {
        if (!user.IsSecretariat() && !sponsors.Any(s => IsDelegationOf(user, s)))
        {
            throw new Forbidden("Only a sponsor's delegation or the Secretariat may submit a draft.");
        }
    }

    /// <summary>A check on a draft (revising, withdrawing it): the Secretariat, or the delegation of a main sponsor.</summary>
    public static Action<DraftState> MainSponsor(ClaimsPrincipal user) => draft =>
    {
        if (!user.IsSecretariat() && !draft.MainSponsors.Any(s => IsDelegationOf(user, s)))
        {
            throw new Forbidden($"Only the delegation of a main sponsor of {draft.Symbol} or the Secretariat may do this.");
        }
    };

    private static bool IsPresidentOf(ClaimsPrincipal user, BodyId body) =>
        user.IsInRole(Roles.President) && user.FindFirstValue(Roles.BodyClaim) == body.Value;

    private static bool IsDelegationOf(ClaimsPrincipal user, StateCode state) =>
        (user.IsInRole(Roles.Delegation) || user.IsInRole(Roles.Observer)) && user.FindFirstValue(Roles.StateClaim) == state.Value;
}
