using System.CommandLine;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Cli;

/// <summary>The <c>plenary</c> command line: replay scenarios, look up who sits where, and move and rebuild the event log's data.</summary>
public static class PlenaryCommand
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int DataMissing = 3;
    public const int LogUnavailable = 4;

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, CancellationToken.None).GetAwaiter().GetResult();

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("Plenary: runs UN-style deliberative bodies by the Charter and the rules of procedure.")
        {
            RunScenarioCommand.Create(output, error, LoadRegister),
            MembersCommand.Create(output, error, LoadRegister),
            ExportLogCommand.Create(output, error),
            ImportLogCommand.Create(output, error),
            RebuildProjectionsCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static Domain.States.MembershipRegister? LoadRegister(TextWriter error)
    {
        var directory = ReferenceDataLoader.LocateDataDirectory();
        var loaded = ReferenceDataLoader.Load(directory);
        if (loaded.Register is { } register)
        {
            return register;
        }

        foreach (var e in loaded.Errors)
        {
            error.WriteLine(e.ToString());
        }

        return null;
    }
}
