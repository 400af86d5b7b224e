using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Infrastructure.Accounts;
using Plenary.Server.Problems;

namespace Plenary.Server.Accounts;

/// <summary>Signing in and out (a bearer token for API clients, a cookie for the browser), who am I, the antiforgery token, and a holder's own password.</summary>
public static class AuthApi
{
    public const string SignInPolicy = "sign-in";

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/token", IssueToken).RequireRateLimiting(SignInPolicy).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/sign-in", SignIn).RequireRateLimiting(SignInPolicy).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/redeem", RedeemAccessCode).RequireRateLimiting(SignInPolicy).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/sign-out", (Delegate)SignOut);
        group.MapGet("/me", WhoAmI).RequireAuthorization();
        group.MapGet("/antiforgery", AntiforgeryToken).RequireAuthorization();
        group.MapPost("/password", ChangePassword).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>Signs in with a username and password; answers a bearer token (<c>accessToken</c>) to send as <c>Authorization: Bearer …</c>.</summary>
    /// <remarks>After five failures in a row the account is locked for five minutes, across restarts; sign-in is also limited per client address.</remarks>
    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(SignInRequest request, AccountStore accounts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var username = Required(errors, request.Username, "username", 100);
        var password = Required(errors, request.Password, "password", PasswordRules.MaxLength);
        ThrowIfAny(errors);
        var outcome = await accounts.SignInAsync(username, password, cancellationToken);
        return outcome.Account is { } account
            ? TypedResults.SignIn(account.Principal(BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme)
            : Refusal(outcome);
    }

    /// <summary>Signs in the browser: sets the HttpOnly session cookie and answers the account and the antiforgery token its writes must carry.</summary>
    public static async Task<Results<Ok<SignedInResponse>, ProblemHttpResult>> SignIn(SignInRequest request, AccountStore accounts, IAntiforgery antiforgery, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var username = Required(errors, request.Username, "username", 100);
        var password = Required(errors, request.Password, "password", PasswordRules.MaxLength);
        ThrowIfAny(errors);
        var outcome = await accounts.SignInAsync(username, password, cancellationToken);
        if (outcome.Account is not { } account)
        {
            return Refusal(outcome);
        }

        var principal = account.Principal(CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);

        // The token is bound to the user it is made for: make it for the account just signed in, not for the anonymous caller.
        context.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new SignedInResponse(AccountResponse.From(account, accounts.Now), new AntiforgeryResponse(tokens.HeaderName!, tokens.RequestToken!)));
    }

    /// <summary>Ends the browser's session: clears the cookie. A bearer token cannot be recalled; it lapses after an hour, or at once when the password changes or the account is disabled.</summary>
    public static async Task<NoContent> SignOut(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    /// <summary>The signed-in account, and whether this request was signed in by a bearer token or by the cookie.</summary>
    public static async Task<Ok<WhoAmIResponse>> WhoAmI(HttpContext context, AccountStore accounts, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(context.User.Identity!.Name!, cancellationToken) ?? throw new UnknownResource("account", context.User.Identity.Name!);
        return TypedResults.Ok(new WhoAmIResponse(AccountResponse.From(account, accounts.Now), AccountsSetup.IsBearer(context.Request) ? "bearer" : "cookie"));
    }

    /// <summary>A fresh antiforgery token for the signed-in browser, for a page that lost the one sign-in gave.</summary>
    public static Ok<AntiforgeryResponse> AntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryResponse(tokens.HeaderName!, tokens.RequestToken!));
    }

    /// <summary>Changes the signed-in account's own password; the current one is required. Every other session and token of the account stops working; this browser stays signed in.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(ChangePasswordRequest request, HttpContext context, AccountStore accounts, CancellationToken cancellationToken)
    {
        var username = context.User.Identity!.Name!;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var current = Required(errors, request.CurrentPassword, "currentPassword", PasswordRules.MaxLength);
        var next = Required(errors, request.NewPassword, "newPassword", int.MaxValue);
        ThrowIfAny(errors);
        var broken = PasswordRules.Broken(username, next);
        if (broken.Count > 0)
        {
            return TypedResults.Problem(AccountProblems.PasswordRules("newPassword", broken));
        }

        var outcome = await accounts.SignInAsync(username, current, cancellationToken);
        if (outcome.Status == SignInStatus.Failed)
        {
            throw InvalidInput.Field("currentPassword", "is not this account's password.");
        }

        if (outcome.Account is null)
        {
            return Refusal(outcome);
        }

        if (current == next)
        {
            return TypedResults.Problem(AccountProblems.PasswordRules("newPassword", ["must differ from the current password."]));
        }

        var hash = accounts.Hash(next);
        await accounts.ChangeAsync(_ => [new PasswordChanged(username, hash)], cancellationToken);
        if (!AccountsSetup.IsBearer(context.Request) && await accounts.FindAsync(username, cancellationToken) is { } changed)
        {
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, changed.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
        }

        return TypedResults.NoContent();
    }

    /// <summary>Redeems a one-time access code from the Secretariat and sets the account's password; the code then no longer works. Then sign in with the password.</summary>
    /// <remarks>A wrong code counts as a failed sign-in towards the lockout.</remarks>
    public static async Task<Results<NoContent, ProblemHttpResult>> RedeemAccessCode(RedeemRequest request, AccountStore accounts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var username = Required(errors, request.Username, "username", 100);
        var code = Required(errors, request.AccessCode, "accessCode", 100);
        var password = Required(errors, request.NewPassword, "newPassword", int.MaxValue);
        ThrowIfAny(errors);
        var broken = PasswordRules.Broken(username, password);
        if (broken.Count > 0)
        {
            return TypedResults.Problem(AccountProblems.PasswordRules("newPassword", broken));
        }

        var outcome = await accounts.CheckAccessCodeAsync(username, code, cancellationToken);
        if (outcome.Account is null)
        {
            return Refusal(outcome);
        }

        var hash = accounts.Hash(password);
        var codeHash = outcome.Account.AccessCodeHash;
        await accounts.ChangeAsync(
            all => all.TryGetValue(username, out var account) && account.AccessCodeHash == codeHash
                ? [new AccessCodeRedeemed(username, hash)]
                : throw InvalidInput.Field("accessCode", "was redeemed or replaced meanwhile."),
            cancellationToken);
        return TypedResults.NoContent();
    }

    internal static ProblemHttpResult Refusal(SignInOutcome outcome) => outcome.Status switch
    {
        SignInStatus.LockedOut => TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            type: ProblemTypes.LockedOut,
            title: "This account is locked after repeated failed sign-ins.",
            detail: string.Create(CultureInfo.InvariantCulture, $"Try again after {outcome.LockedUntil:yyyy-MM-ddTHH:mm:ssZ}, or ask the Secretariat to unlock it.")),
        SignInStatus.Disabled => TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            type: AccountProblems.AccountDisabled,
            title: "This account is disabled.",
            detail: "Ask the Secretariat to enable it."),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            type: ProblemTypes.SignInFailed,
            title: "The username or password is wrong."),
    };

    /// <summary>A required secret or name, taken as sent: a password is never trimmed. The rules for a new password's length are <see cref="PasswordRules"/>' (422), not these.</summary>
    private static string Required(Dictionary<string, string[]> errors, string? value, string field, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors[field] = ["is required."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"is longer than {maxLength} characters.")];
        }

        return value ?? string.Empty;
    }

    private static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidInput(errors);
        }
    }
}

public sealed record SignInRequest(string? Username, string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <param name="AccessCode">The one-time code the Secretariat handed out.</param>
/// <param name="NewPassword">The password to sign in with from now on.</param>
public sealed record RedeemRequest(string? Username, string? AccessCode, string? NewPassword);

/// <param name="HeaderName">The request header to send <paramref name="Token"/> in with every write the cookie signs in.</param>
public sealed record AntiforgeryResponse(string HeaderName, string Token);

public sealed record SignedInResponse(AccountResponse Account, AntiforgeryResponse Antiforgery);

/// <param name="SignedInWith">bearer or cookie.</param>
public sealed record WhoAmIResponse(AccountResponse Account, string SignedInWith);
