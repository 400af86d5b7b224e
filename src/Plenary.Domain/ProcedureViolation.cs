namespace Plenary.Domain;

/// <summary>A procedural rule was broken: the command is refused and nothing is recorded.</summary>
/// <remarks>
/// One error type for every rule, so that hosts map it once: <see cref="Code"/> is stable
/// (it becomes the problem type in the HTTP API), <see cref="Rule"/> cites the Charter article or
/// rule of procedure, and the message is a sentence a chair would understand.
/// </remarks>
public sealed class ProcedureViolation(string code, string rule, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string Rule { get; } = rule;
}
