using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Creates one account with the checks of <c>POST /api/accounts</c>; it always receives a one-time access code, which its holder redeems to choose a password.</summary>
public sealed partial class NewAccountForm : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required AccountStore Store { get; init; }

    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>Called with the new account's access code.</summary>
    [Parameter]
    public EventCallback<IssuedCode> OnCreated { get; set; }

    private AccountFields Fields { get; } = new();

    private FormOutcome Outcome { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task CreateAsync()
    {
        // Only the field the role needs is sent: the others would be refused as "not given for this role".
        var request = new CreateAccountRequest(
            Fields.Username?.Trim() ?? string.Empty,
            Fields.Role,
            Fields.Role == Roles.President ? Fields.Body : null,
            Fields.Role is Roles.Delegation or Roles.Observer ? Fields.State?.Trim().ToUpperInvariant() ?? string.Empty : null,
            Names.Given(Fields.Name),
            Names.Given(Fields.Email),
            Password: null);
        var (outcome, created) = await AccountCommands.RunAsync(
            Desk,
            by => AccountsApi.CreateAsync(AccountsApi.Checked(request, Chamber), by, Store, _stop.Token),
            _stop.Token);
        Outcome.Set(outcome, created is null ? null : string.Format(CultureInfo.CurrentCulture, T["Created"], created.Account.Username));
        if (created is { AccessCode: { } code })
        {
            await OnCreated.InvokeAsync(new IssuedCode(created.Account.Username, created.Account.State, created.Account.Name, code));
            Fields.Clear();
        }
    }

    private sealed class AccountFields
    {
        public string? Username { get; set; }

        public string Role { get; set; } = Roles.Delegation;

        public string Body { get; set; } = "GA";

        public string? State { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public void Clear() => (Username, State, Name, Email) = (null, null, null, null);
    }
}
