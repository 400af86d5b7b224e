using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Plenary.Infrastructure.Accounts;

namespace Plenary.Server.Accounts;

/// <summary>An account as folded from its <see cref="AccountCreated"/> event.</summary>
public sealed record Account(string Username, string Role, string? Body, string? State, string PasswordHash)
{
    public static Account From(AccountCreated e) => new(e.Username, e.Role, e.Body, e.State, e.PasswordHash);

    public ClaimsPrincipal Principal()
    {
        List<Claim> claims = [new(ClaimTypes.Name, Username), new(ClaimTypes.Role, Role)];
        if (Body is not null)
        {
            claims.Add(new Claim(Roles.BodyClaim, Body));
        }

        if (State is not null)
        {
            claims.Add(new Claim(Roles.StateClaim, State));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme));
    }
}
