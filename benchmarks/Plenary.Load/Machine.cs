using System.Globalization;

namespace Plenary.Load;

/// <summary>The machine the figures come from, and how busy it was: processors, CPU model, memory, load average.</summary>
internal sealed record Machine(int Processors, string Model, long MemoryBytes, string LoadAverage, string Runtime)
{
    public static Machine Describe()
    {
        string Line(string path, string prefix) =>
            File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) ?? string.Empty : string.Empty;
        var model = Line("/proc/cpuinfo", "model name").Split(':', 2) is [_, var name] ? name.Trim() : "unknown";
        var memory = Line("/proc/meminfo", "MemTotal:").Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var kb, ..]
            ? long.Parse(kb, CultureInfo.InvariantCulture) * 1024
            : 0;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : string.Empty;
        return new Machine(Environment.ProcessorCount, model, memory, load, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
    }
}
