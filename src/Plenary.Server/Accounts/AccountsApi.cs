using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Infrastructure.Accounts;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Accounts;

/// <summary>Signing in for a bearer token, and the Secretariat's bulk creation of delegation accounts.</summary>
public static class AccountsApi
{
    public const string SignInPolicy = "sign-in";

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken).WithTags("Accounts").RequireRateLimiting(SignInPolicy).AllowAnonymous();
        app.MapPost("/api/accounts/delegations", CreateDelegations).WithTags("Accounts").Accepts<string>("text/csv");
        return app;
    }

    /// <summary>Signs in with a username and password; answers a bearer token (<c>accessToken</c>) to send as <c>Authorization: Bearer …</c>.</summary>
    /// <remarks>After five failures in a row the account is locked for five minutes; sign-in is also limited per client address.</remarks>
    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(TokenRequest request, AccountStore accounts, CancellationToken cancellationToken)
    {
        var input = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(request.Username) || request.Username.Length > 100)
        {
            input["username"] = ["is required, at most 100 characters."];
        }

        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 200)
        {
            input["password"] = ["is required, at most 200 characters."];
        }

        if (input.Count > 0)
        {
            throw new InvalidInput(input);
        }

        var outcome = await accounts.SignInAsync(request.Username!, request.Password!, cancellationToken);
        if (outcome.Account is { } account)
        {
            return TypedResults.SignIn(account.Principal(), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        }

        return outcome.LockedUntil is { } until
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                type: ProblemTypes.LockedOut,
                title: "This account is locked after repeated failed sign-ins.",
                detail: string.Create(CultureInfo.InvariantCulture, $"Try again after {until:yyyy-MM-ddTHH:mm:ssZ}."))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                type: ProblemTypes.SignInFailed,
                title: "The username or password is wrong.");
    }

    /// <summary>Creates one delegation account per CSV row (<c>state,name,email</c>) and answers each one-time access code, shown only this once.</summary>
    /// <remarks>The access code is the account's first password. If any row is wrong, nothing is created and every error is listed with its line.</remarks>
    public static async Task<Created<IReadOnlyList<AccessCodeResponse>>> CreateDelegations(HttpContext context, Chamber chamber, AccountStore accounts, CancellationToken cancellationToken)
    {
        Access.Secretariat(context.User);
        using var reader = new StreamReader(context.Request.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        var text = await reader.ReadToEndAsync(cancellationToken);
        var (rows, errors) = DelegatesCsv.Parse(text, chamber.Secretariat.Register);
        if (errors.Count > 0)
        {
            throw new InvalidInput(errors);
        }

        var created = new List<AccountCreated>();
        var codes = new List<AccessCodeResponse>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var stem = AccountStore.DelegationName(row.State.Code);
            var username = stem;
            for (var n = 2; used.Contains(username) || await accounts.ExistsAsync(username, cancellationToken); n++)
            {
                username = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
            }

            used.Add(username);
            var code = AccessCode();
            var role = row.State.Status == Domain.States.StateStatus.ObserverState ? Roles.Observer : Roles.Delegation;
            created.Add(new AccountCreated(username, role, null, row.State.Code.Value, row.Name, row.Email, accounts.Hash(code)));
            codes.Add(new AccessCodeResponse(row.Line, username, row.State.Code.Value, row.Name, row.Email, code));
        }

        await accounts.CreateAsync(created, cancellationToken);
        return TypedResults.Created("/api/accounts/delegations", (IReadOnlyList<AccessCodeResponse>)codes);
    }

    /// <summary>Sixteen characters from an alphabet without look-alikes: about 80 bits.</summary>
    private static string AccessCode() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 16);
}

public sealed record TokenRequest(string? Username, string? Password);

/// <param name="AccessCode">The account's first password, shown only in this answer.</param>
public sealed record AccessCodeResponse(int Line, string Username, string State, string Name, string Email, string AccessCode);
