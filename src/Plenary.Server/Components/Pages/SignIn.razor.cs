using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Plenary.Server.Accounts;

namespace Plenary.Server.Components.Pages;

/// <summary>The browser's sign-in: a plain form (static rendering, so it sets the session cookie on its own response), then back to the page that asked.</summary>
/// <remarks>The same account checks as <c>POST /api/auth/sign-in</c>, lockout included; the form carries Blazor's antiforgery token.</remarks>
public sealed partial class SignIn
{
    private const int MaxUsername = 100;

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromForm(FormName = "sign-in", Name = "Form")]
    public Credentials? Input { get; set; }

    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    [Inject]
    public required AccountStore Accounts { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    private string? UsernameError { get; set; }

    private string? PasswordError { get; set; }

    private string? Refusal { get; set; }

    private Credentials Form => Input ??= new();

    private async Task SignInAsync()
    {
        var username = Form.Username?.Trim() ?? string.Empty;
        var password = Form.Password ?? string.Empty;
        UsernameError = username.Length == 0 ? T["UsernameRequired"].Value : username.Length > MaxUsername ? T["TooLong"].Value : null;
        PasswordError = password.Length == 0 ? T["PasswordRequired"].Value : password.Length > PasswordRules.MaxLength ? T["TooLong"].Value : null;
        if (UsernameError is not null || PasswordError is not null || HttpContext is null)
        {
            return;
        }

        var outcome = await Accounts.SignInAsync(username, password, HttpContext.RequestAborted);
        if (outcome.Account is { } account)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, account.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
            Navigation.NavigateTo(LocalTarget(ReturnUrl), forceLoad: true);
            return;
        }

        Form.Password = null;
        Refusal = outcome.Status switch
        {
            SignInStatus.LockedOut => string.Format(CultureInfo.CurrentCulture, T["LockedOut"].Value, outcome.LockedUntil?.UtcDateTime),
            SignInStatus.Disabled => T["Disabled"].Value,
            _ => T["Failed"].Value,
        };
    }

    /// <summary>Only a path on this site: a sign-in link can never send the browser elsewhere.</summary>
    internal static string LocalTarget(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : "/";

    public sealed class Credentials
    {
        public string? Username { get; set; }

        public string? Password { get; set; }
    }
}
