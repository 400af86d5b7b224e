using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Plenary.Infrastructure.Accounts;
using Plenary.Server.Accounts;
using Plenary.Server.Problems;

namespace Plenary.Server.Components.Pages;

/// <summary>A delegate's first sign-in: the one-time access code from the Secretariat's card, and a password of the delegate's own choosing.</summary>
/// <remarks>The same checks as <c>POST /api/auth/redeem</c>: a wrong code counts towards the lockout, and the code works once. On success the browser is signed in.</remarks>
public sealed partial class Redeem
{
    private static readonly (string Field, string Label, string Type, string Autocomplete)[] Fields =
    [
        ("username", "Username", "text", "username"),
        ("access-code", "AccessCode", "text", "one-time-code"),
        ("new-password", "NewPassword", "password", "new-password"),
        ("confirm-password", "ConfirmPassword", "password", "new-password"),
    ];

    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromForm(FormName = "redeem", Name = "Form")]
    public Entries? Input { get; set; }

    [Inject]
    public required AccountStore Accounts { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    private Entries Form => Input ??= new();

    private string? Refusal { get; set; }

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private string? Value(string label) => label switch
    {
        "Username" => Form.Username,
        "AccessCode" => Form.AccessCode,
        _ => null,
    };

    private async Task RedeemAsync()
    {
        _errors.Clear();
        var username = Form.Username?.Trim() ?? string.Empty;
        var code = Form.AccessCode?.Trim() ?? string.Empty;
        var password = Form.NewPassword ?? string.Empty;
        Require("username", username, 100);
        Require("access-code", code, 100);
        if (password.Length == 0)
        {
            _errors["new-password"] = T["Required"];
        }
        else if (PasswordRules.Broken(username, password) is { Count: > 0 } broken)
        {
            _errors["new-password"] = string.Join(" ", broken);
        }
        else if (password != Form.ConfirmPassword)
        {
            _errors["confirm-password"] = T["Mismatch"];
        }

        if (_errors.Count > 0 || HttpContext is null)
        {
            return;
        }

        var cancellationToken = HttpContext.RequestAborted;
        var outcome = await Accounts.CheckAccessCodeAsync(username, code, cancellationToken);
        if (outcome.Account is not { } account)
        {
            Refusal = outcome.Status switch
            {
                SignInStatus.LockedOut => T["LockedOut"].Value,
                SignInStatus.Disabled => T["Disabled"].Value,
                _ => T["Failed"].Value,
            };
            return;
        }

        var hash = Accounts.Hash(password);
        try
        {
            await Accounts.ChangeAsync(
                all => all.TryGetValue(username, out var current) && current.AccessCodeHash == account.AccessCodeHash
                    ? [new AccessCodeRedeemed(username, hash)]
                    : throw InvalidInput.Field("accessCode", "was redeemed or replaced meanwhile."),
                cancellationToken);
        }
        catch (InvalidInput)
        {
            Refusal = T["Failed"].Value;
            return;
        }

        // Signed in with the account as it is now: its token stamp changed with the password.
        if (await Accounts.FindAsync(username, cancellationToken) is { } redeemed)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, redeemed.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
        }

        Navigation.NavigateTo("/", forceLoad: true);
    }

    private void Require(string field, string value, int max)
    {
        if (value.Length == 0)
        {
            _errors[field] = T["Required"];
        }
        else if (value.Length > max)
        {
            _errors[field] = T["TooLong"];
        }
    }

    public sealed class Entries
    {
        public string? Username { get; set; }

        public string? AccessCode { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
