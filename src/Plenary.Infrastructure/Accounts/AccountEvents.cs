namespace Plenary.Infrastructure.Accounts;

/// <summary>A one-time access code was handed to the account's holder; until it is redeemed the account has no password.</summary>
/// <remarks>Issued at creation, or by the Secretariat to reset a forgotten password: the old password stops working at once.</remarks>
/// <param name="CodeHash">The code's hash, from the same password hasher; the code itself is shown only to the Secretariat, once.</param>
/// <param name="By">The Secretariat account that issued it.</param>
public sealed record AccessCodeIssued(string Username, string CodeHash, string By);

/// <summary>The holder redeemed the one-time access code and chose a password; the code no longer works.</summary>
public sealed record AccessCodeRedeemed(string Username, string PasswordHash);

/// <summary>The holder changed their own password, having given the current one.</summary>
public sealed record PasswordChanged(string Username, string PasswordHash);

/// <summary>The Secretariat disabled the account: it cannot sign in, and its sessions and tokens stop working.</summary>
public sealed record AccountDisabled(string Username, string By);

/// <summary>The Secretariat enabled a disabled account again; sessions from before it was disabled stay dead.</summary>
public sealed record AccountEnabled(string Username, string By);

/// <summary>Repeated failed sign-ins locked the account until <paramref name="Until"/>.</summary>
/// <remarks>
/// Recorded once per lockout, not once per failure: the failures before it are counted in memory,
/// so that someone guessing passwords without an account cannot make the log grow.
/// </remarks>
public sealed record AccountLockedOut(string Username, DateTimeOffset Until, int Failures);

/// <summary>The Secretariat lifted a lockout before it ran out.</summary>
public sealed record AccountUnlocked(string Username, string By);
