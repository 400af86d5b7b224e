namespace Plenary.Server.Problems;

/// <summary>A part of the server that a read needs is not ready (yet): answered 503, so the client retries rather than waits.</summary>
public sealed class ServiceUnavailable(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
