using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.States;
using Plenary.Infrastructure.Accounts;
using Plenary.Server.Api;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Accounts;

/// <summary>The Secretariat's management of accounts: create one or many (from a CSV of delegates), disable and enable, reset a password with a new one-time access code, lift a lockout.</summary>
public static partial class AccountsApi
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(AccountsSetup.SecretariatPolicy);
        group.MapGet("/", ListAccounts);
        group.MapPost("/", CreateAccount).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{username}", GetAccount);
        group.MapPost("/delegations", CreateDelegations).Accepts<string>("text/csv");
        group.MapPost("/{username}/disable", Disable);
        group.MapPost("/{username}/enable", Enable);
        group.MapPost("/{username}/unlock", Unlock);
        group.MapPost("/{username}/access-code", ResetPassword);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<AccountResponse>>> ListAccounts(AccountStore accounts, CancellationToken cancellationToken)
    {
        var now = accounts.Now;
        return TypedResults.Ok((IReadOnlyList<AccountResponse>)[.. (await accounts.ListAsync(cancellationToken)).Select(a => AccountResponse.From(a, now))]);
    }

    public static async Task<Ok<AccountResponse>> GetAccount(string username, AccountStore accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await accounts.FindAsync(username, cancellationToken) ?? throw new UnknownResource("account", username), accounts.Now));

    /// <summary>Creates one account: for a president the body it chairs, for a delegation or an observer delegation its State.</summary>
    /// <remarks>With a <c>password</c> the account can sign in at once; without one the answer carries a one-time <c>accessCode</c>, shown only this once, which the holder redeems at <c>POST /api/auth/redeem</c> to choose a password.</remarks>
    public static async Task<Results<Created<NewAccountResponse>, ProblemHttpResult>> CreateAccount(CreateAccountRequest request, HttpContext context, Chamber chamber, AccountStore accounts, CancellationToken cancellationToken)
    {
        var checkedRequest = Checked(request, chamber);
        if (request.Password is { } password && PasswordRules.Broken(checkedRequest.Username!, password) is { Count: > 0 } broken)
        {
            return TypedResults.Problem(AccountProblems.PasswordRules("password", broken));
        }

        var created = await CreateAsync(checkedRequest, By(context.User), accounts, cancellationToken);
        return TypedResults.Created($"/api/accounts/{created.Account.Username}", created);
    }

    /// <summary>The request with its fields checked and trimmed, the role's body or State only; the password is not judged against the rules here.</summary>
    /// <exception cref="InvalidInput">Any field was wrong: every one is listed.</exception>
    internal static CreateAccountRequest Checked(CreateAccountRequest request, Chamber chamber)
    {
        var input = new Input(chamber.Secretariat.Register);
        var username = request.Username ?? string.Empty;
        if (!UsernamePattern().IsMatch(username))
        {
            input.Error("username", "is required: 3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }

        var role = request.Role;
        string? body = null;
        string? state = null;
        switch (role)
        {
            case Roles.Secretariat:
                NotGiven(input, request.Body, "body", role);
                NotGiven(input, request.State, "state", role);
                break;
            case Roles.President:
                body = input.Body(request.Body, "body", chamber.Secretariat.Bodies).Value;
                NotGiven(input, request.State, "state", role);
                break;
            case Roles.Delegation or Roles.Observer:
                NotGiven(input, request.Body, "body", role);
                var code = input.State(request.State, "state");
                if (code != default && chamber.Secretariat.Register.TryFind(code, out var found))
                {
                    var expected = found.Status switch
                    {
                        StateStatus.ObserverState => Roles.Observer,
                        StateStatus.FormerMember => null,
                        _ => Roles.Delegation,
                    };
                    if (expected != role)
                    {
                        input.Error("state", expected is null ? $"{code} is no longer a Member State." : $"{code} is represented by a{(expected == Roles.Observer ? "n observer" : string.Empty)} {expected} account, not a {role} one.");
                    }
                }

                state = code.Value;
                break;
            default:
                input.Error("role", "is required: secretariat, president, delegation or observer.");
                break;
        }

        var name = input.Optional(request.Name, "name", 200);
        var email = input.Optional(request.Email, "email", 254);
        if (email is not null && (email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.EndsWith('@')))
        {
            input.Error("email", $"'{email}' is not an email address.");
        }

        if (request.Password is { Length: > 200 })
        {
            input.Error("password", "is longer than 200 characters.");
        }

        input.ThrowIfAny();
        return new CreateAccountRequest(username, role, body, state, name, email, request.Password);
    }

    /// <summary>Creates an account from a request that <see cref="Checked"/> passed; without a password it gets a one-time access code, returned only here.</summary>
    /// <param name="by">The Secretariat account creating it.</param>
    /// <exception cref="ArgumentException">The username is taken.</exception>
    internal static async Task<NewAccountResponse> CreateAsync(CreateAccountRequest request, string by, AccountStore accounts, CancellationToken cancellationToken)
    {
        var username = request.Username!;
        var accessCode = request.Password is null ? AccessCode.New() : null;
        List<object> events = [new AccountCreated(username, request.Role!, request.Body, request.State, request.Name, request.Email, request.Password is null ? null : accounts.Hash(request.Password))];
        if (accessCode is not null)
        {
            events.Add(new AccessCodeIssued(username, accounts.Hash(accessCode), by));
        }

        await accounts.CreateAsync(events, cancellationToken);
        var account = await accounts.FindAsync(username, cancellationToken);
        return new NewAccountResponse(AccountResponse.From(account!, accounts.Now), accessCode);
    }

    /// <summary>Creates one delegation account per CSV row (<c>state,name,email</c>) and answers each one-time access code, shown only this once.</summary>
    /// <remarks>Each holder redeems the code at <c>POST /api/auth/redeem</c> to choose a password. If any row is wrong, nothing is created and every error is listed with its line.</remarks>
    public static async Task<Created<IReadOnlyList<AccessCodeResponse>>> CreateDelegations(HttpContext context, Chamber chamber, AccountStore accounts, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Request.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        var text = await reader.ReadToEndAsync(cancellationToken);
        var codes = await CreateDelegationsAsync(text, By(context.User), chamber, accounts, cancellationToken);
        return TypedResults.Created("/api/accounts/delegations", codes);
    }

    /// <summary>Creates one delegation account per row of a CSV of delegates, all or none, and returns each one-time access code.</summary>
    /// <param name="by">The Secretariat account creating them.</param>
    /// <exception cref="InvalidInput">A row was wrong: every error, keyed <c>line N: field</c>; nothing was created.</exception>
    internal static async Task<IReadOnlyList<AccessCodeResponse>> CreateDelegationsAsync(string text, string by, Chamber chamber, AccountStore accounts, CancellationToken cancellationToken)
    {
        var (rows, errors) = DelegatesCsv.Parse(text, chamber.Secretariat.Register);
        if (errors.Count > 0)
        {
            throw new InvalidInput(errors);
        }

        var created = new List<object>();
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
            var code = AccessCode.New();
            var role = row.State.Status == StateStatus.ObserverState ? Roles.Observer : Roles.Delegation;
            created.Add(new AccountCreated(username, role, null, row.State.Code.Value, row.Name, row.Email, null));
            created.Add(new AccessCodeIssued(username, accounts.Hash(code), by));
            codes.Add(new AccessCodeResponse(row.Line, username, row.State.Code.Value, row.Name, row.Email, code));
        }

        await accounts.CreateAsync(created, cancellationToken);
        return codes;
    }

    /// <summary>Disables the account: it can no longer sign in, and its cookie and tokens stop working at once.</summary>
    public static async Task<Ok<AccountResponse>> Disable(string username, HttpContext context, AccountStore accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await DisableAsync(username, By(context.User), accounts, cancellationToken));

    /// <summary>Enables a disabled account; its holder signs in again.</summary>
    public static async Task<Ok<AccountResponse>> Enable(string username, HttpContext context, AccountStore accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await EnableAsync(username, By(context.User), accounts, cancellationToken));

    /// <summary>Lifts a lockout before it runs out.</summary>
    public static async Task<Ok<AccountResponse>> Unlock(string username, HttpContext context, AccountStore accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await UnlockAsync(username, By(context.User), accounts, cancellationToken));

    /// <summary>Resets a password: issues a new one-time access code, shown only in this answer. The old password, any earlier code, and every session of the account stop working at once.</summary>
    public static async Task<Ok<NewAccountResponse>> ResetPassword(string username, HttpContext context, AccountStore accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ResetPasswordAsync(username, By(context.User), accounts, cancellationToken));

    /// <param name="by">The Secretariat account acting, which may not disable itself.</param>
    /// <exception cref="ArgumentException">The account is <paramref name="by"/>.</exception>
    /// <exception cref="UnknownResource">No such account.</exception>
    internal static Task<AccountResponse> DisableAsync(string username, string by, AccountStore accounts, CancellationToken cancellationToken)
    {
        if (username == by)
        {
            throw new ArgumentException("The Secretariat cannot disable the account it is signed in with.", nameof(username));
        }

        return ChangeAsync(username, accounts, a => a.Disabled ? [] : [new AccountDisabled(username, by)], cancellationToken);
    }

    /// <exception cref="UnknownResource">No such account.</exception>
    internal static Task<AccountResponse> EnableAsync(string username, string by, AccountStore accounts, CancellationToken cancellationToken) =>
        ChangeAsync(username, accounts, a => a.Disabled ? [new AccountEnabled(username, by)] : [], cancellationToken);

    /// <exception cref="UnknownResource">No such account.</exception>
    internal static Task<AccountResponse> UnlockAsync(string username, string by, AccountStore accounts, CancellationToken cancellationToken)
    {
        var now = accounts.Now;
        return ChangeAsync(username, accounts, a => a.IsLockedAt(now) ? [new AccountUnlocked(username, by)] : [], cancellationToken);
    }

    /// <exception cref="UnknownResource">No such account.</exception>
    internal static async Task<NewAccountResponse> ResetPasswordAsync(string username, string by, AccountStore accounts, CancellationToken cancellationToken)
    {
        var code = AccessCode.New();
        var hash = accounts.Hash(code);
        var account = await ChangeAsync(username, accounts, _ => [new AccessCodeIssued(username, hash, by)], cancellationToken);
        return new NewAccountResponse(account, code);
    }

    private static async Task<AccountResponse> ChangeAsync(string username, AccountStore accounts, Func<Account, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
    {
        await accounts.ChangeAsync(all => decide(all.GetValueOrDefault(username) ?? throw new UnknownResource("account", username)), cancellationToken);
        return AccountResponse.From((await accounts.FindAsync(username, cancellationToken))!, accounts.Now);
    }

    private static string By(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("An account endpoint ran without a signed-in account.");

    private static void NotGiven(Input input, string? value, string field, string role)
    {
        if (value is not null)
        {
            input.Error(field, $"is not given for a {role} account.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex UsernamePattern();
}

/// <param name="Role">secretariat, president, delegation or observer.</param>
/// <param name="Body">For a president: GA or SC.</param>
/// <param name="State">For a delegation or an observer delegation: the State's code.</param>
/// <param name="Password">The first password; leave it out to get a one-time access code instead.</param>
public sealed record CreateAccountRequest(string? Username, string? Role, string? Body, string? State, string? Name, string? Email, string? Password);

/// <summary>An account as the Secretariat and its holder see it; never a hash.</summary>
/// <param name="LockedUntil">The end of a lockout still running, else null.</param>
/// <param name="AccessCodePending">True until the holder redeems the one-time access code.</param>
public sealed record AccountResponse(string Username, string Role, string? Body, string? State, string? Name, string? Email, bool Disabled, DateTimeOffset? LockedUntil, bool AccessCodePending)
{
    public static AccountResponse From(Account a, DateTimeOffset now) =>
        new(a.Username, a.Role, a.Body, a.State, a.Name, a.Email, a.Disabled, a.IsLockedAt(now) ? a.LockedUntil : null, a.AccessCodeHash is not null);
}

/// <param name="AccessCode">The one-time access code, shown only in this answer; null when a password was given.</param>
public sealed record NewAccountResponse(AccountResponse Account, string? AccessCode);

/// <param name="AccessCode">The one-time access code to redeem for a password, shown only in this answer.</param>
public sealed record AccessCodeResponse(int Line, string Username, string State, string Name, string Email, string AccessCode);
