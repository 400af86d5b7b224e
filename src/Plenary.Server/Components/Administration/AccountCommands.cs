using Plenary.Infrastructure.EventLog;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Problems;

namespace Plenary.Server.Components.Administration;

/// <summary>Runs an account command from a page with the API's own code (<see cref="AccountsApi"/>), for the Secretariat only, as the API's accounts policy.</summary>
/// <remarks>The account is asked again at every command, as <see cref="Desk"/> does. A refusal or bad input is an outcome, never an exception.</remarks>
internal static class AccountCommands
{
    /// <param name="command">Given the signed-in Secretariat's username.</param>
    public static async Task<(DeskOutcome Outcome, T? Value)> RunAsync<T>(Desk desk, Func<string, Task<T>> command, CancellationToken cancellationToken)
        where T : class
    {
        var user = await desk.UserAsync(cancellationToken);
        try
        {
            Access.Secretariat(user);
            return (DeskOutcome.Done(0), await command(user.Identity!.Name!));
        }
        catch (Forbidden forbidden)
        {
            return (DeskOutcome.Refused(forbidden.Message), null);
        }
        catch (UnknownResource unknown)
        {
            return (DeskOutcome.Refused(unknown.Message), null);
        }
        catch (InvalidInput invalid)
        {
            return (DeskOutcome.Invalid(invalid.Errors), null);
        }
        catch (ArgumentException argument) when (argument.ParamName == "username")
        {
            var message = argument.Message.Replace(" (Parameter 'username')", string.Empty, StringComparison.Ordinal);
            return (DeskOutcome.Invalid(new Dictionary<string, string[]> { ["username"] = [message] }), null);
        }
        catch (ConcurrencyConflict)
        {
            return (DeskOutcome.Refused("The accounts changed at the same moment. Look again and retry."), null);
        }
    }
}
