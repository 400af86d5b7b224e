namespace Plenary.Server.Accounts;

/// <summary>What a new password must be; every rule it breaks, in words the holder can act on.</summary>
/// <remarks>
/// After NIST SP 800-63B §3.1.1.2: length matters, composition rules do not, and a password that
/// is guessable from the account (its name, the published demo password) or a single repeated
/// pattern is refused. No rule forces a periodic change.
/// </remarks>
public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 200;
    public const int MinDistinctCharacters = 5;

    public static IReadOnlyList<string> Broken(string username, string password)
    {
        List<string> broken = [];
        if (password.Length < MinLength)
        {
            broken.Add($"must have at least {MinLength} characters.");
        }

        if (password.Length > MaxLength)
        {
            broken.Add($"must have at most {MaxLength} characters.");
        }

        if (password.Distinct().Count() < MinDistinctCharacters)
        {
            broken.Add($"must use at least {MinDistinctCharacters} different characters.");
        }

        if (username.Length > 0 && password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            broken.Add("must not contain the username.");
        }

        if (string.Equals(password, AccountStore.DemoPassword, StringComparison.OrdinalIgnoreCase))
        {
            broken.Add("must not be the published demo password.");
        }

        return broken;
    }
}
