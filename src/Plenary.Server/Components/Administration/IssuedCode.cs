namespace Plenary.Server.Components.Administration;

/// <summary>A one-time access code handed out on this page, kept only in the page's memory (the circuit) until it is printed: the log holds only its hash.</summary>
/// <param name="State">The State's code for a delegation, else null.</param>
public sealed record IssuedCode(string Username, string? State, string? Name, string Code);
