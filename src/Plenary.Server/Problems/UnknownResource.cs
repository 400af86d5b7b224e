namespace Plenary.Server.Problems;

/// <summary>No meeting, draft, body or question with this id.</summary>
public sealed class UnknownResource(string kind, string id) : Exception($"There is no {kind} '{id}'.")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}
