namespace Plenary.Server.Problems;

/// <summary>A request that cannot be read as a command: every field in error, with why.</summary>
public sealed class InvalidInput(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request has invalid fields: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InvalidInput Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
