namespace Plenary.Server.Accounts;

/// <summary>What checking a secret (a password, an access code) found.</summary>
public enum SignInStatus
{
    SignedIn,
    Failed,
    LockedOut,
    Disabled,
}

/// <summary>A sign-in's outcome: the account when the secret was right, the end of a lockout when there is one.</summary>
public sealed record SignInOutcome(SignInStatus Status, Account? Account = null, DateTimeOffset? LockedUntil = null);
