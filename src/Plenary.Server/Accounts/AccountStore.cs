using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Plenary.Domain.States;
using Plenary.Infrastructure.Accounts;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Hosting;

namespace Plenary.Server.Accounts;

/// <summary>The accounts, folded from the <c>accounts</c> stream of the event log; checking secrets with a durable lockout; appending account events.</summary>
/// <remarks>
/// Started after the <see cref="Chamber"/>, on the same log. With <c>Demo:Accounts</c> (default
/// true) an empty stream receives the demo accounts, all with the password <see cref="DemoPassword"/>.
/// Failed attempts are counted in memory; the <see cref="MaxFailures"/>th in a row on an existing
/// account appends <see cref="AccountLockedOut"/>, so the lockout outlives a restart while a guesser
/// without an account cannot make the log grow. Names that have no account are locked in memory
/// only, and answered alike, so that a caller cannot tell them from real ones.
/// </remarks>
public sealed partial class AccountStore(Chamber chamber, IConfiguration configuration, ILogger<AccountStore> logger) : IHostedService
{
    public const string DemoPassword = "plenary-demo";
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(5);

    /// <summary>How stale the fold may be when checking a token: another server on the same log may have disabled the account.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly PasswordHasher<Account> _hasher = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? LockedUntil)> _failures = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, Account> _accounts = ImmutableDictionary.Create<string, Account>(StringComparer.Ordinal);
    private long _version;
    private DateTimeOffset _caughtUpAt = DateTimeOffset.MinValue;

    private IEventLog Log => chamber.Secretariat.Log;

    public DateTimeOffset Now => chamber.Clock.GetUtcNow();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        if (_version == 0 && configuration.GetValue("Demo:Accounts", true))
        {
            // Another server starting on the same log at the same moment may have written them first.
            var demo = DemoAccounts();
            await ChangeAsync(accounts => accounts.IsEmpty ? demo : [], cancellationToken);
        }

        // A new user starts with `dotnet run` (Production unless a launch profile says otherwise):
        // say how to sign in at every start while the demo's Secretariat still has the published
        // password, whatever the environment; once it is changed, nothing is printed.
        if (configuration.GetValue("Demo:Accounts", true)
            && _accounts.GetValueOrDefault("secretariat") is { PasswordHash: { } hash }
            && _hasher.VerifyHashedPassword(null!, hash, DemoPassword) != PasswordVerificationResult.Failed)
        {
            LogDemoAccounts(_accounts.Count, DemoPassword);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public async Task<bool> ExistsAsync(string username, CancellationToken cancellationToken) => await FindAsync(username, cancellationToken) is not null;

    public async Task<Account?> FindAsync(string username, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        return _accounts.GetValueOrDefault(username);
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        return [.. _accounts.Values.OrderBy(a => a.Username, StringComparer.Ordinal)];
    }

    /// <summary>Signs in with a password.</summary>
    public Task<SignInOutcome> SignInAsync(string username, string password, CancellationToken cancellationToken) =>
        CheckAsync(username, password, a => a.PasswordHash, cancellationToken);

    /// <summary>Checks a one-time access code, counting a wrong one as a failed sign-in.</summary>
    public Task<SignInOutcome> CheckAccessCodeAsync(string username, string code, CancellationToken cancellationToken) =>
        CheckAsync(username, code, a => a.AccessCodeHash, cancellationToken);

    /// <summary>True while the token or cookie's account exists, is enabled and has not changed its password since it was issued.</summary>
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Most requests read the fold as it is; one in a while brings it up to date without making the others wait.
        if (chamber.Clock.GetUtcNow() - _caughtUpAt > RefreshInterval && _gate.Wait(0, cancellationToken))
        {
            try
            {
                await CatchUpLockedAsync(cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
        }

        return user.Identity?.Name is { } name
            && _accounts.TryGetValue(name, out var account)
            && !account.Disabled
            && user.FindFirstValue(Account.StampClaim) == account.Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Decides on the fold as of the latest version and appends the events in one append; with
    /// nothing to record, appends nothing. Another server writing first means reading again and
    /// deciding again, up to three times.
    /// </summary>
    /// <exception cref="ConcurrencyConflict">The stream kept moving.</exception>
    public async Task<IReadOnlyList<object>> ChangeAsync(Func<ImmutableDictionary<string, Account>, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await CatchUpLockedAsync(cancellationToken);
                var events = decide(_accounts);
                if (events.Count == 0)
                {
                    return events;
                }

                try
                {
                    Apply(await Log.AppendAsync([new StreamAppend(AccountCreated.Stream, _version, events)], cancellationToken));
                    return events;
                }
                catch (ConcurrencyConflict) when (attempt < 3)
                {
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Appends the accounts in one append; none is written if a name is taken.</summary>
    public Task<IReadOnlyList<object>> CreateAsync(IReadOnlyList<object> events, CancellationToken cancellationToken) =>
        ChangeAsync(
            accounts =>
            {
                var taken = events.OfType<AccountCreated>().FirstOrDefault(a => accounts.ContainsKey(a.Username));
                return taken is null ? events : throw new ArgumentException($"The username '{taken.Username}' is taken.", "username");
            },
            cancellationToken);

    private async Task<SignInOutcome> CheckAsync(string username, string secret, Func<Account, string?> hashOf, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var now = chamber.Clock.GetUtcNow();
        var account = _accounts.GetValueOrDefault(username);
        if (account?.IsLockedAt(now) == true)
        {
            return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: account.LockedUntil);
        }

        if (account is null && _failures.TryGetValue(username, out var record) && record.LockedUntil is { } memoryLock && memoryLock > now)
        {
            return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: memoryLock);
        }

        if (account is not null && hashOf(account) is { } hash && _hasher.VerifyHashedPassword(account, hash, secret) != PasswordVerificationResult.Failed)
        {
            _failures.TryRemove(username, out _);
            return account.Disabled ? new SignInOutcome(SignInStatus.Disabled) : new SignInOutcome(SignInStatus.SignedIn, account);
        }

        var failures = _failures.AddOrUpdate(
            username,
            _ => (1, null),
            (_, r) => r.LockedUntil is { } lockedUntil && lockedUntil <= now ? (1, null) : (r.Failures + 1, r.LockedUntil)).Failures;
        if (failures < MaxFailures)
        {
            return new SignInOutcome(SignInStatus.Failed);
        }

        var until = now + LockoutPeriod;
        if (account is null)
        {
            _failures[username] = (0, until);
            return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: until);
        }

        _failures.TryRemove(username, out _);
        await ChangeAsync(
            accounts => accounts.TryGetValue(username, out var current) && !current.IsLockedAt(now) ? [new AccountLockedOut(username, until, failures)] : [],
            cancellationToken);
        LogLockedOut(username, until);
        return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: _accounts.GetValueOrDefault(username)?.LockedUntil ?? until);
    }

    private List<object> DemoAccounts()
    {
        // One hash for all: PBKDF2 is slow on purpose, and they share the demo password anyway.
        var hash = Hash(DemoPassword);
        var today = chamber.Today;
        List<object> accounts =
        [
            new AccountCreated("secretariat", Roles.Secretariat, null, null, "Secretariat", null, hash),
            new AccountCreated("president-ga", Roles.President, "GA", null, "President of the General Assembly", null, hash),
            new AccountCreated("president-sc", Roles.President, "SC", null, "President of the Security Council", null, hash),
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

    private async Task CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var now = chamber.Clock.GetUtcNow();
        Apply(await Log.ReadStreamAsync(AccountCreated.Stream, _version + 1, cancellationToken));
        _caughtUpAt = now;
    }

    private void Apply(IReadOnlyList<RecordedEvent> events)
    {
        var accounts = _accounts;
        foreach (var e in events.Where(e => e.Stream == AccountCreated.Stream && e.Version > _version))
        {
            accounts = e.Event switch
            {
                AccountCreated created => accounts.SetItem(created.Username, Account.From(created, e.Version)),
                _ when Username(e.Event) is { } name && accounts.TryGetValue(name, out var account) => accounts.SetItem(name, account.Evolve(e.Event, e.Version)),
                _ => accounts,
            };
            _version = e.Version;
        }

        _accounts = accounts;
    }

    private static string? Username(object @event) => @event switch
    {
        AccessCodeIssued e => e.Username,
        AccessCodeRedeemed e => e.Username,
        PasswordChanged e => e.Username,
        AccountDisabled e => e.Username,
        AccountEnabled e => e.Username,
        AccountLockedOut e => e.Username,
        AccountUnlocked e => e.Username,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign in with the demo accounts ({Count}: secretariat, president-ga, president-sc, delegation-ukr, ...), all with the password '{Password}'")]
    private partial void LogDemoAccounts(int count, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Username} locked after repeated failed sign-ins, until {Until}")]
    private partial void LogLockedOut(string username, DateTimeOffset until);
}
