namespace Plenary.Server.Accounts;

/// <summary>The roles an account holds, as stored in <c>account-created</c> and carried in the token's role claim.</summary>
public static class Roles
{
    /// <summary>Administers everything.</summary>
    public const string Secretariat = "secretariat";

    /// <summary>The President or chair of one body: opens meetings and votes, closes and announces them, runs the list of speakers.</summary>
    public const string President = "president";

    /// <summary>Bound to one Member State: votes, sponsors and inscribes for that State only.</summary>
    public const string Delegation = "delegation";

    /// <summary>Bound to one observer State (VAT, PSE): inscribes and sponsors as the rules allow, never votes.</summary>
    public const string Observer = "observer";

    /// <summary>The claim naming the body a president chairs.</summary>
    public const string BodyClaim = "body";

    /// <summary>The claim naming the State a delegation speaks for.</summary>
    public const string StateClaim = "state";
}
