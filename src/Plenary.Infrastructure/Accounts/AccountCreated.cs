namespace Plenary.Infrastructure.Accounts;

/// <summary>An account was created: who may sign in, in which role, and for which body or State.</summary>
/// <param name="Role">secretariat, president, delegation or observer.</param>
/// <param name="Body">For a president: the body they chair (GA, SC).</param>
/// <param name="State">For a delegation or observer delegation: the one State it speaks for.</param>
/// <param name="PasswordHash">
/// ASP.NET Core Identity's password hash; the password itself is never stored. Null when the
/// account starts with a one-time access code instead (an <see cref="AccessCodeIssued"/> follows):
/// it cannot sign in until the code is redeemed. Accounts written before access codes existed
/// always have a hash, so the v1 payloads read unchanged.
/// </param>
public sealed record AccountCreated(string Username, string Role, string? Body, string? State, string? Name, string? Email, string? PasswordHash)
{
    /// <summary>The one stream that holds every account.</summary>
    public const string Stream = "accounts";
}
