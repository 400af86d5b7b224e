using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Administration;

/// <summary>What became of a form's last command, as the form shows it: the refusal, the message next to each field, or what was done.</summary>
public sealed class FormOutcome
{
    public DeskOutcome? Last { get; private set; }

    /// <summary>The sentence saying what was done, after a success.</summary>
    public string? Done { get; private set; }

    public void Set(DeskOutcome outcome, string? done = null)
    {
        Last = outcome;
        Done = outcome.Succeeded ? done : null;
    }

    /// <summary>The message of a field, with those of its items (<c>members[0]</c>, ...) after it; null when it is fine.</summary>
    public string? Error(string field)
    {
        if (Last is null)
        {
            return null;
        }

        var messages = Last.FieldErrors
            .Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .SelectMany(e => e.Value)
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    public string? Invalid(string field) => Error(field) is null ? null : "true";

    /// <summary>The ids that describe a field: its help, if any, and its error while there is one.</summary>
    public string? Described(string field, string errorId, string? helpId = null)
    {
        var ids = string.Join(" ", new[] { helpId, Error(field) is null ? null : errorId }.Where(id => id is not null));
        return ids.Length == 0 ? null : ids;
    }
}
