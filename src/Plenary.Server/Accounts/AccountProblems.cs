using Microsoft.AspNetCore.Mvc;
using Plenary.Server.Problems;

namespace Plenary.Server.Accounts;

/// <summary>The problem types (RFC 9457) that only accounts give, and writing a problem from middleware or an authentication event.</summary>
public static class AccountProblems
{
    public const string AntiforgeryInvalid = ProblemTypes.Base + "antiforgery-token-invalid";
    public const string AccountDisabled = ProblemTypes.Base + "account-disabled";
    public const string PasswordRulesNotMet = ProblemTypes.Base + "password-rules-not-met";

    public static async Task WriteAsync(HttpContext context, ProblemDetails details)
    {
        context.Response.StatusCode = details.Status!.Value;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }

    /// <summary>401: a command, or an account's own page, without a valid token or cookie.</summary>
    public static Task UnauthenticatedAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Type = ProblemTypes.Unauthenticated,
            Title = "Sign in to do this.",
            Detail = "Send a bearer token from POST /api/auth/token as 'Authorization: Bearer <token>', or sign in with POST /api/auth/sign-in for a cookie. Reading needs no sign-in.",
        });
    }

    /// <summary>403 from an authorization policy (a role the account lacks).</summary>
    public static Task ForbiddenAsync(HttpContext context) => WriteAsync(context, new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden,
        Type = ProblemTypes.Forbidden,
        Title = "This account may not do this.",
        Detail = "Only the Secretariat may manage accounts.",
    });

    /// <summary>A 422 listing every password rule broken, under the field that holds the password.</summary>
    public static ProblemDetails PasswordRules(string field, IReadOnlyList<string> broken) =>
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [.. broken] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = PasswordRulesNotMet,
            Title = "The password does not meet the rules.",
            Detail = $"A password has at least {Accounts.PasswordRules.MinLength} characters, at least {Accounts.PasswordRules.MinDistinctCharacters} different ones, and does not contain the username.",
        };
}
