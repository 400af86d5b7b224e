namespace Plenary.Server.Problems;

/// <summary>An <c>Idempotency-Key</c> already answered another request, with a different body.</summary>
public sealed class IdempotencyKeyReused(string key) : Exception($"The Idempotency-Key '{key}' was already used to cast a different vote; use a new key for a new request.")
{
    public string Key { get; } = key;
}
