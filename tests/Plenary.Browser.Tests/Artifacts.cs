namespace Plenary.Browser.Tests;

/// <summary>Where the browser tests leave their screenshots: <c>TestResults/</c> at the root of the repository (beside Plenary.slnx), or <c>PLENARY_ARTIFACTS</c>.</summary>
internal static class Artifacts
{
    public static string Folder { get; } = Locate();

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("PLENARY_ARTIFACTS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Plenary.slnx")))
            {
                return Path.Combine(directory.FullName, "TestResults");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }
}
