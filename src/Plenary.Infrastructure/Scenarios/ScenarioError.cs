using System.Globalization;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>One thing wrong with a scenario file, where it is and why.</summary>
public sealed record ScenarioError(string File, int Line, string Field, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: {Message}");
}
