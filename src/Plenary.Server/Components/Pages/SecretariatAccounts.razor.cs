using Plenary.Server.Components.Administration;

namespace Plenary.Server.Components.Pages;

/// <summary>The Secretariat's delegation accounts: create one or many from a CSV of delegates, disable, enable, unlock, reset; and print the one-time access codes handed out here.</summary>
/// <remarks>
/// The codes are kept in this page's memory only (the circuit), for printing: the log holds their
/// hashes. Leaving or reloading the page forgets them; a lost code is replaced by a reset.
/// </remarks>
public sealed partial class SecretariatAccounts
{
    private List<IssuedCode> Issued { get; } = [];

    private bool Printing { get; set; }

    /// <summary>Moves on whenever accounts were created here, so that the list reads them.</summary>
    private int Revision { get; set; }

    private void Add(IssuedCode code)
    {
        Issued.Add(code);
        Revision++;
    }

    private void AddAndPrint(IReadOnlyList<IssuedCode> codes)
    {
        Issued.AddRange(codes);
        Revision++;
        Printing = true;
    }
}
