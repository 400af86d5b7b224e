using System.CommandLine;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Cli;

/// <summary>The <c>plenary</c> command line: replay scenarios and look up who sits where.</summary>
public static class PlenaryCommand
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int DataMissing = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("Plenary: runs UN-style deliberative bodies by the Charter and the rules of procedure.")
        {
            RunScenarioCommand.Create(output, error, LoadRegister),
            MembersCommand.Create(output, error, LoadRegister),
        };
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
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
