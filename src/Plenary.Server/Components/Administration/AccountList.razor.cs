using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.States;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Every account with its state, and what the Secretariat does to one: disable or enable it, lift a lockout, reset it with a new one-time access code.</summary>
/// <remarks>Each action runs the API's own code (<see cref="AccountsApi"/>) through <see cref="AccountCommands"/>.</remarks>
public sealed partial class AccountList : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private int _revision = -1;

    [Inject]
    public required AccountStore Store { get; init; }

    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>Changed by the page when accounts were created elsewhere on it, so that the list is read again.</summary>
    [Parameter]
    public int Revision { get; set; }

    /// <summary>Called with the new access code after a reset.</summary>
    [Parameter]
    public EventCallback<IssuedCode> OnCodeIssued { get; set; }

    private IReadOnlyList<AccountResponse> Accounts { get; set; } = [];

    private string? Filter { get; set; }

    private FormOutcome Outcome { get; } = new();

    private MembershipRegister Register => Chamber.Secretariat.Register;

    private DateOnly Today => Chamber.Today;

    private IReadOnlyList<AccountResponse> Shown => string.IsNullOrWhiteSpace(Filter)
        ? Accounts
        : [.. Accounts.Where(a => Matches(a, Filter.Trim()))];

    protected override async Task OnParametersSetAsync()
    {
        if (_revision != Revision)
        {
            _revision = Revision;
            await ReloadAsync();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task ReloadAsync()
    {
        var now = Store.Now;
        Accounts = [.. (await Store.ListAsync(_stop.Token)).Select(a => AccountResponse.From(a, now))];
    }

    private Task DisableAsync(string username) =>
        RunAsync(username, by => AccountsApi.DisableAsync(username, by, Store, _stop.Token), "Disabled");

    private Task EnableAsync(string username) =>
        RunAsync(username, by => AccountsApi.EnableAsync(username, by, Store, _stop.Token), "Enabled");

    private Task UnlockAsync(string username) =>
        RunAsync(username, by => AccountsApi.UnlockAsync(username, by, Store, _stop.Token), "Unlocked");

    private async Task ResetAsync(string username)
    {
        var (outcome, created) = await AccountCommands.RunAsync(Desk, by => AccountsApi.ResetPasswordAsync(username, by, Store, _stop.Token), _stop.Token);
        await AfterAsync(outcome, username, "CodeIssued");
        if (created is { AccessCode: { } code })
        {
            await OnCodeIssued.InvokeAsync(new IssuedCode(created.Account.Username, created.Account.State, created.Account.Name, code));
        }
    }

    private async Task RunAsync(string username, Func<string, Task<AccountResponse>> command, string done)
    {
        var (outcome, _) = await AccountCommands.RunAsync(Desk, command, _stop.Token);
        await AfterAsync(outcome, username, done);
    }

    private async Task AfterAsync(DeskOutcome outcome, string username, string done)
    {
        // A field error here (the Secretariat disabling itself) is a refusal of the whole row.
        var refused = outcome.Succeeded || outcome.Message is not null ? outcome : DeskOutcome.Refused(string.Join(" ", outcome.FieldErrors.Values.SelectMany(v => v)));
        Outcome.Set(refused, string.Format(CultureInfo.CurrentCulture, T[done], username));
        if (outcome.Succeeded)
        {
            await ReloadAsync();
        }
    }

    private bool Matches(AccountResponse account, string text) =>
        account.Username.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (account.Name?.Contains(text, StringComparison.CurrentCultureIgnoreCase) ?? false)
        || (account.State is { } state && (state.Contains(text, StringComparison.OrdinalIgnoreCase) || Register.StateName(state, Today).Contains(text, StringComparison.CurrentCultureIgnoreCase)));

    private string RoleText(string role) => role switch
    {
        Roles.Secretariat => T["RoleSecretariat"],
        Roles.President => T["RolePresident"],
        Roles.Observer => T["RoleObserver"],
        _ => T["RoleDelegation"],
    };

    private string StatusText(AccountResponse account) =>
        account.Disabled ? T["StatusDisabled"]
        : account.LockedUntil is { } until ? string.Format(CultureInfo.CurrentCulture, T["StatusLocked"], until.UtcDateTime)
        : account.AccessCodePending ? T["StatusCodePending"]
        : T["StatusActive"];

    private string Label(string key, AccountResponse account) => string.Format(CultureInfo.CurrentCulture, T[key], account.Username);
}
