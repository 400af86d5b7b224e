using System.Security.Cryptography;

namespace Plenary.Server.Accounts;

/// <summary>One-time access codes the Secretariat hands to a delegate, who redeems one to choose a password.</summary>
public static class AccessCode
{
    /// <summary>Sixteen characters from an alphabet without look-alikes (no 0/o, 1/l/i): about 80 bits.</summary>
    public static string New() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 16);
}
