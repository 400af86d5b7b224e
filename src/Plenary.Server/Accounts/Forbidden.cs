namespace Plenary.Server.Accounts;

/// <summary>The signed-in account may not do this: a wrong role, body or State. Answered with 403.</summary>
public sealed class Forbidden(string message) : Exception(message);
