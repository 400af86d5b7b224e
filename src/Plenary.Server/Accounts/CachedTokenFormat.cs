using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace Plenary.Server.Accounts;

/// <summary>Remembers the bearer tokens it has already decrypted, so that a delegation sending hundreds of ballots with one token pays for Data Protection once.</summary>
/// <remarks>
/// Decrypting and deserializing a token (AES, an HMAC and the claims) was the largest single cost
/// of a ballot's request. Only tokens that decrypted are remembered, so made-up tokens cannot fill
/// the cache, and it is emptied when it reaches its capacity. What a cached ticket is still
/// checked against on every request: its expiry (by the bearer handler) and the account's stamp
/// and state (<see cref="AccountStore.IsCurrentAsync"/>), so a disabled account or a changed
/// password ends the token at once, as without the cache. Each request gets its own copy of the
/// principal, because middleware may replace or extend it.
/// </remarks>
internal sealed class CachedTokenFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (!_tickets.TryGetValue(protectedText, out var ticket))
        {
            ticket = inner.Unprotect(protectedText);
            if (ticket is null)
            {
                return null;
            }

            if (_tickets.Count >= Capacity)
            {
                _tickets.Clear();
            }

            _tickets[protectedText] = ticket;
        }

        return new AuthenticationTicket(ticket.Principal.Clone(), ticket.Properties, ticket.AuthenticationScheme);
    }
}
