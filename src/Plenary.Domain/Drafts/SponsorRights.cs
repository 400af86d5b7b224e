using Plenary.Domain.Bodies;
using Plenary.Domain.States;

namespace Plenary.Domain.Drafts;

/// <summary>Who may put its name to a draft.</summary>
/// <remarks>
/// Member States sponsor in the Assembly; the State of Palestine may do so from the 79th session
/// (res. ES-10/23, effective 10 September 2024); the Holy See only on drafts that refer to it
/// (res. 58/314), which Plenary does not model, so it is refused. In the Council any Member of
/// the United Nations may co-sponsor, member of the Council or not (practice: S/2022/155 had 81
/// co-sponsors). A custom body admits its own members.
/// </remarks>
public static class SponsorRights
{
    public static DateOnly PalestineSponsorsFrom { get; } = new(2024, 9, 10);

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
                : new ProcedureViolation("observer-cannot-sponsor", "res. 58/314; res. ES-10/23", $"{found.Name}, an observer State, may not sponsor this draft.");
        }

        return found.IsMemberOn(date)
            ? null
            : new ProcedureViolation("not-a-member", "Art. 4", $"{found.Name} is not a Member of the United Nations on {date:yyyy-MM-dd}.");
    }
}
