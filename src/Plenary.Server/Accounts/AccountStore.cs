using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.AspNetCore.Identity;
using Plenary.Domain.States;
using Plenary.Infrastructure.Accounts;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Hosting;

namespace Plenary.Server.Accounts;

/// <summary>The accounts, folded from the <c>accounts</c> stream of the event log, and sign-in with lockout.</summary>
/// <remarks>
/// Started after the <see cref="Chamber"/>, on the same log. With <c>Demo:Accounts</c> (default
/// true) an empty stream receives the demo accounts, all with the password <see cref="DemoPassword"/>.
/// Failed sign-ins are counted in memory: after <see cref="MaxFailures"/> in a row an account is
/// locked for <see cref="LockoutPeriod"/>, and a restart forgets the count.
/// </remarks>
public sealed partial class AccountStore(Chamber chamber, IConfiguration configuration, IHostEnvironment environment, ILogger<AccountStore> logger) : IHostedService
{
    public const string DemoPassword = "plenary-demo";
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(5);

    private readonly PasswordHasher<Account> _hasher = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? LockedUntil)> _failures = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, Account> _accounts = ImmutableDictionary.Create<string, Account>(StringComparer.Ordinal);
    private long _version;

    private IEventLog Log => chamber.Secretariat.Log;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        if (_version == 0 && configuration.GetValue("Demo:Accounts", true))
        {
            var created = await CreateAsync(DemoAccounts(), cancellationToken);
            if (environment.IsDevelopment())
            {
                LogDemoAccounts(created.Count, DemoPassword);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public async Task<bool> ExistsAsync(string username, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        return _accounts.ContainsKey(username);
    }

    /// <summary>The account if the password is right and it is not locked out.</summary>
    public async Task<SignInOutcome> SignInAsync(string username, string password, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var now = chamber.Clock.GetUtcNow();
        if (_failures.TryGetValue(username, out var record) && record.LockedUntil is { } until && until > now)
        {
            return new SignInOutcome(null, until);
        }

        if (_accounts.TryGetValue(username, out var account)
            && _hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed)
        {
            _failures.TryRemove(username, out _);
            return new SignInOutcome(account, null);
        }

        // Unknown names are counted too, so that a caller cannot tell them from known ones.
        var updated = _failures.AddOrUpdate(
            username,
            _ => (1, null),
            (_, r) => r.LockedUntil is { } lockedUntil && lockedUntil <= now ? (1, null) : (r.Failures + 1, r.LockedUntil));
        if (updated.Failures >= MaxFailures)
        {
            _failures[username] = (updated.Failures, now + LockoutPeriod);
        }

        return new SignInOutcome(null, null);
    }

    /// <summary>Appends the accounts in one append; none is written if the stream moved meanwhile or a name is taken.</summary>
    public async Task<IReadOnlyList<AccountCreated>> CreateAsync(IReadOnlyList<AccountCreated> accounts, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
            var taken = accounts.FirstOrDefault(a => _accounts.ContainsKey(a.Username));
            if (taken is not null)
            {
                throw new ArgumentException($"The username '{taken.Username}' is taken.", "username");
            }

            var recorded = await Log.AppendAsync([new StreamAppend(AccountCreated.Stream, _version, [.. accounts])], cancellationToken);
            Apply(recorded);
            return accounts;
        }
        finally
        {
            _gate.Release();
        }
    }

    private IReadOnlyList<AccountCreated> DemoAccounts()
    {
        // One hash for all: PBKDF2 is slow on purpose, and they share the demo password anyway.
        var hash = Hash(DemoPassword);
        var today = chamber.Today;
        List<AccountCreated> accounts =
        [
            new("secretariat", Roles.Secretariat, null, null, "Secretariat", null, hash),
            new("president-ga", Roles.President, "GA", null, "President of the General Assembly", null, hash),
            new("president-sc", Roles.President, "SC", null, "President of the Security Council", null, hash),
        ];
        foreach (var state in chamber.Secretariat.Register.States.Where(s => s.IsMemberOn(today) || s.Status == StateStatus.ObserverState).OrderBy(s => s.Code.Value, StringComparer.Ordinal))
        {
            var role = state.Status == StateStatus.ObserverState ? Roles.Observer : Roles.Delegation;
            accounts.Add(new AccountCreated(DelegationName(state.Code), role, null, state.Code.Value, $"Delegation of {state.Name}", null, hash));
        }

        return accounts;
    }

    internal static string DelegationName(StateCode state) => "delegation-" + state.Value.ToLowerInvariant();

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpLockedAsync(CancellationToken cancellationToken) =>
        Apply(await Log.ReadStreamAsync(AccountCreated.Stream, _version + 1, cancellationToken));

    private void Apply(IReadOnlyList<RecordedEvent> events)
    {
        foreach (var e in events.Where(e => e.Stream == AccountCreated.Stream && e.Version > _version))
        {
            if (e.Event is AccountCreated created)
            {
                _accounts = _accounts.SetItem(created.Username, Account.From(created));
            }

            _version = e.Version;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Count} demo accounts (secretariat, president-ga, president-sc, delegation-ukr, ...), all with the password '{Password}'")]
    private partial void LogDemoAccounts(int count, string password);
}

/// <summary>A sign-in's outcome: the account, or none and perhaps the end of a lockout.</summary>
public sealed record SignInOutcome(Account? Account, DateTimeOffset? LockedUntil);
