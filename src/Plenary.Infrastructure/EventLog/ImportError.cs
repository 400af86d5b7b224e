namespace Plenary.Infrastructure.EventLog;

/// <summary>A line of an import file that cannot be imported, and why.</summary>
public sealed record ImportError(int Line, string Field, string Message)
{
    public override string ToString() => $"line {Line}: {Field}: {Message}";
}
