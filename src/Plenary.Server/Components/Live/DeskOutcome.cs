namespace Plenary.Server.Components.Live;

/// <summary>What became of a command sent from a page: done, or refused with a sentence for the user and, for bad input, the message of each field.</summary>
public sealed record DeskOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string[]> FieldErrors, long Version)
{
    public static DeskOutcome Done(long version) => new(true, null, new Dictionary<string, string[]>(), version);

    public static DeskOutcome Refused(string message) => new(false, message, new Dictionary<string, string[]>(), 0);

    public static DeskOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(false, null, errors, 0);

    /// <summary>The message for one field, or null when that field is fine.</summary>
    public string? ErrorFor(string field) => FieldErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
