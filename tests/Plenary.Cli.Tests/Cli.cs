namespace Plenary.Cli.Tests;

/// <summary>Runs <c>plenary</c> in-process and captures what it writes and its exit code.</summary>
internal static class Cli
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PlenaryCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PlenaryCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>The repository root: the first folder above the test binaries that holds Plenary.slnx.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Plenary.slnx")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No Plenary.slnx above " + AppContext.BaseDirectory);
        }
    }

    public static string Es11Scenario => Path.Combine(RepositoryRoot, "scenarios", "es-11-2022.yaml");

    /// <summary>Writes a scenario to a fresh temporary folder; disposing deletes the folder.</summary>
    public sealed class TempScenario : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("plenary-cli-");

        public TempScenario(string yaml)
        {
            Path = System.IO.Path.Combine(_directory.FullName, "scenario.yaml");
            File.WriteAllText(Path, yaml);
        }

        public string Path { get; }

        public void Dispose() => _directory.Delete(recursive: true);
    }
}
