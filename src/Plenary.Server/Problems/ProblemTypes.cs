namespace Plenary.Server.Problems;

/// <summary>The stable <c>type</c> URIs of the API's problem details (RFC 9457); a procedural error's is its code under <see cref="Base"/>.</summary>
public static class ProblemTypes
{
    public const string Base = "https://plenary.dev/problems/";
    public const string InvalidInput = Base + "invalid-input";
    public const string NotFound = Base + "not-found";
    public const string ConcurrentChange = Base + "concurrent-change";
    public const string StaleVersion = Base + "stale-version";
    public const string TooLarge = Base + "request-too-large";
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    public const string Internal = Base + "internal-error";
    public const string Unavailable = Base + "service-unavailable";
    public const string Unauthenticated = Base + "unauthenticated";
    public const string Forbidden = Base + "forbidden";
    public const string SignInFailed = Base + "sign-in-failed";
    public const string LockedOut = Base + "locked-out";
    public const string TooManyRequests = Base + "too-many-requests";

    public static string Of(string procedureCode) => Base + procedureCode;
}
