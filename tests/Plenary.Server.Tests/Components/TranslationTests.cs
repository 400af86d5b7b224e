using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Plenary.Server.Tests.Components;

/// <summary>English is complete by construction (the neutral resources); French must be complete too: every text of every page, with the same placeholders.</summary>
public sealed partial class TranslationTests
{
    public static TheoryData<string> Languages => ["fr"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_interface_text_is_translated(string language)
    {
        var neutral = Directory.EnumerateFiles(ResourcesFolder(), "*.resx", SearchOption.AllDirectories)
            .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
            .ToList();
        Assert.NotEmpty(neutral);
        var problems = new List<string>();
        foreach (var file in neutral)
        {
            var english = Read(file);
            var translated = Path.ChangeExtension(file, $".{language}.resx");
            if (!File.Exists(translated))
            {
                problems.Add($"{Relative(file)}: no {language} file");
                continue;
            }

            var other = Read(translated);
            foreach (var (key, text) in english)
            {
                if (!other.TryGetValue(key, out var translation) || string.IsNullOrWhiteSpace(translation))
                {
                    problems.Add($"{Relative(translated)}: '{key}' is missing");
                }
                else if (!Placeholders(text).SetEquals(Placeholders(translation)))
                {
                    problems.Add($"{Relative(translated)}: '{key}' has placeholders {string.Join(",", Placeholders(translation))}, English has {string.Join(",", Placeholders(text))}");
                }
            }

            problems.AddRange(other.Keys.Except(english.Keys).Select(k => $"{Relative(translated)}: '{k}' is not in the English file"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    private static string Relative(string file) => Path.GetRelativePath(ResourcesFolder(), file);

    private static string ResourcesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Plenary.Server", "Resources");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Plenary.Server/Resources was not found above the test's folder.");
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
