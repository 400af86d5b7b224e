namespace Plenary.Load;

/// <summary>The run cannot go on: a server did not start, a setup command was refused. Reported as one line, exit code 2.</summary>
internal sealed class LoadFailure(string message) : Exception(message);
