using System.Globalization;
using System.Security.Claims;
using Plenary.Infrastructure.Accounts;

namespace Plenary.Server.Accounts;

/// <summary>An account as folded from the <c>accounts</c> stream.</summary>
/// <param name="PasswordHash">Null while a one-time access code waits to be redeemed.</param>
/// <param name="Stamp">
/// The stream version of the last change that must end the account's sessions (created, password
/// set or reset, disabled). Tokens and cookies carry it; one that names an older stamp is refused.
/// </param>
public sealed record Account(
    string Username,
    string Role,
    string? Body,
    string? State,
    string? Name,
    string? Email,
    string? PasswordHash,
    string? AccessCodeHash,
    bool Disabled,
    DateTimeOffset? LockedUntil,
    long Stamp)
{
    /// <summary>The claim carrying <see cref="Stamp"/>.</summary>
    public const string StampClaim = "stamp";

    public static Account From(AccountCreated e, long version) =>
        new(e.Username, e.Role, e.Body, e.State, e.Name, e.Email, e.PasswordHash, null, false, null, version);

    public Account Evolve(object @event, long version) => @event switch
    {
        AccessCodeIssued issued => this with { PasswordHash = null, AccessCodeHash = issued.CodeHash, Stamp = version },
        AccessCodeRedeemed redeemed => this with { PasswordHash = redeemed.PasswordHash, AccessCodeHash = null, Stamp = version },
        PasswordChanged changed => this with { PasswordHash = changed.PasswordHash, Stamp = version },
        AccountDisabled => this with { Disabled = true, Stamp = version },

        // Enabling does not move the stamp: the sessions that disabling ended stay ended.
        AccountEnabled => this with { Disabled = false },
        AccountLockedOut locked => this with { LockedUntil = locked.Until },
        AccountUnlocked => this with { LockedUntil = null },
        _ => this,
    };

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public ClaimsPrincipal Principal(string authenticationType)
    {
        // NameIdentifier keeps antiforgery tokens bound to the account alone, not to the stamp,
        // so that a password change in this browser does not void the page's token.
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, Username),
            new(ClaimTypes.Name, Username),
            new(ClaimTypes.Role, Role),
            new(StampClaim, Stamp.ToString(CultureInfo.InvariantCulture)),
        ];
        if (Body is not null)
        {
            claims.Add(new Claim(Roles.BodyClaim, Body));
        }

        if (State is not null)
        {
            claims.Add(new Claim(Roles.StateClaim, State));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
