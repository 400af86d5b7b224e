using Plenary.Domain.Sessions;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Api;
using Plenary.Server.Components.Live;
using Plenary.Server.Problems;

namespace Plenary.Server.Components.Administration;

/// <summary>Runs a command on a body's record (its sessions) from a page, checked as <see cref="SessionsApi"/> checks it: a known body, every field, then the chair of the body or the Secretariat.</summary>
internal static class BodyCommands
{
    /// <param name="read">Reads the command's fields with the given <see cref="Input"/>, which collects every error.</param>
    public static async Task<DeskOutcome> RunAsync(Desk desk, string? body, Func<Input, BodyRecordCommand?> read, CancellationToken cancellationToken)
    {
        var secretariat = desk.Secretariat;
        var known = new Input(secretariat.Register);
        var id = known.Body(body, "body", secretariat.Bodies);
        try
        {
            known.ThrowIfAny();
        }
        catch (InvalidInput invalid)
        {
            return DeskOutcome.Invalid(invalid.Errors);
        }

        return await desk.RunAsync(Secretariat.BodyStream(id), (user, b) =>
        {
            var input = new Input(b.Register);
            var command = read(input);
            input.ThrowIfAny();
            Access.Chair(user, id);
            b.Execute(id, command!);
        }, cancellationToken);
    }
}
