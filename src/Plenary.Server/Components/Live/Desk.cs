using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Plenary.Domain;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Accounts;
using Plenary.Server.Hosting;
using Plenary.Server.Live;
using Plenary.Server.Problems;

namespace Plenary.Server.Components.Live;

/// <summary>Runs a command from a page as the signed-in account, with the same checks as the HTTP API, and publishes what it recorded to live watchers.</summary>
/// <remarks>
/// One per circuit. The account is asked again at every command, so a delegation disabled (or
/// whose password changed) while its page is open can no longer act from it. A refusal is an
/// outcome, never an exception: a page shows it next to the control that caused it.
/// </remarks>
public sealed class Desk(Chamber chamber, MeetingFeed feed, AccountStore accounts, AuthenticationStateProvider authentication)
{
    /// <summary>The signed-in account as the page sees it; anonymous when nobody is signed in or the session is no longer valid.</summary>
    public async Task<ClaimsPrincipal> UserAsync(CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true && await accounts.IsCurrentAsync(user, cancellationToken)
            ? user
            : new ClaimsPrincipal(new ClaimsIdentity());
    }

    public Secretariat Secretariat => chamber.Secretariat;

    public TimeProvider Clock => chamber.Clock;

    /// <summary>Runs <paramref name="commands"/> on <paramref name="stream"/> (retried when another writer came first) and publishes the events.</summary>
    /// <param name="commands">Given the signed-in account and the batch; authorizes with <see cref="Access"/> and executes.</param>
    public async Task<DeskOutcome> RunAsync(string stream, Action<ClaimsPrincipal, Batch> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var user = await UserAsync(cancellationToken);
        if (user.Identity?.IsAuthenticated != true)
        {
            return DeskOutcome.Refused("Sign in to do this.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await chamber.Secretariat.ExecuteAsync(stream, null, b => commands(user, b), cancellationToken);
                feed.Publish(result.Events);
                return DeskOutcome.Done(result.Version);
            }
            catch (ConcurrencyConflict) when (attempt < 3)
            {
            }
            catch (ConcurrencyConflict)
            {
                return DeskOutcome.Refused("Someone else changed this at the same moment. Look again and retry.");
            }
            catch (ProcedureViolation violation)
            {
                return DeskOutcome.Refused(violation.Message);
            }
            catch (Forbidden forbidden)
            {
                return DeskOutcome.Refused(forbidden.Message);
            }
            catch (UnknownResource unknown)
            {
                return DeskOutcome.Refused(unknown.Message);
            }
            catch (InvalidInput invalid)
            {
                return DeskOutcome.Invalid(invalid.Errors);
            }
        }
    }

    /// <summary>Runs a command on an opened meeting; refused when there is none.</summary>
    public Task<DeskOutcome> RunOnMeetingAsync(string meeting, Action<ClaimsPrincipal, Batch> commands, CancellationToken cancellationToken) =>
        RunAsync(Secretariat.MeetingStream(meeting), (user, b) =>
        {
            if (!b.Meeting(meeting).Opened)
            {
                throw new UnknownResource("meeting", meeting);
            }

            commands(user, b);
        }, cancellationToken);
}
