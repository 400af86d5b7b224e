using Plenary.Domain.Bodies;
using Plenary.Domain.States;

namespace Plenary.Domain.Drafts;

/// <summary>Who may put its name to a draft.</summary>
/// <remarks>
/// Member States sponsor in the Assembly. The State of Palestine may co-sponsor from 7 July 1998,
/// on Palestinian and Middle East questions (res. 52/250), and on any question from the 79th
/// session (res. ES-10/23): Plenary does not classify drafts by subject, so it accepts Palestine
/// from 1998. The Holy See may co-sponsor only drafts that refer to it (res. 58/314), which are
/// rare enough that Plenary refuses it rather than guess. In the Council any Member of
/// the United Nations may co-sponsor, member of the Council or not (practice: S/2022/155 had 81
/// co-sponsors). A custom body admits its own members.
/// </remarks>
public static class SponsorRights
{
    public static DateOnly PalestineSponsorsFrom { get; } = new(1998, 7, 7);

    /// <summary>Null when the State may sponsor, else the reason it may not.</summary>
    public static ProcedureViolation? Check(StateCode state, Body body, DateOnly date, MembershipRegister register)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(register);
        if (!register.TryFind(state, out var found))
        {
            return new ProcedureViolation("unknown-state", "Art. 4", $"{state} is not a known State code.");
        }

        if (body.Kind == BodyKind.Custom && !body.AllMembers)
        {
            return body.FixedMembers.Contains(state)
                ? null
                : new ProcedureViolation("not-a-member", "rules of the body", $"{found.Name} is not a member of the {body.Name}.");
        }

        if (found.Status == StateStatus.ObserverState)
        {
            var palestine = found.Code.Value == "PSE" && body.Kind != BodyKind.SecurityCouncil && date >= PalestineSponsorsFrom;
            return palestine
                ? null
                : new ProcedureViolation("observer-cannot-sponsor", "res. 52/250; res. 58/314; res. ES-10/23", $"{found.Name}, an observer State, may not sponsor this draft.");
        }

        return found.IsMemberOn(date)
            ? null
            : new ProcedureViolation("not-a-member", "Art. 4", $"{found.Name} is not a Member of the United Nations on {date:yyyy-MM-dd}.");
    }
}
