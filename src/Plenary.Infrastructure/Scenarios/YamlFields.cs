using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain.States;
using YamlDotNet.RepresentationModel;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>Reads the fields of one YAML mapping, collecting every error with its line instead of stopping at the first.</summary>
internal sealed class YamlFields(string file, YamlMappingNode node, string path, List<ScenarioError> errors, int? line = null)
{
    // The error list is shared by the whole file; counting from here keeps an error in one step
    // from silencing the checks of every later step.
    private readonly int _firstError = errors.Count;

    public YamlMappingNode Node => node;

    public int Line => line ?? checked((int)node.Start.Line);

    public string Path => path;

    /// <summary>The errors found since this reader was made: in its fields and in those read through it.</summary>
    public int ErrorCount => errors.Count - _firstError;

    public void Error(string field, string message, YamlNode? at = null) =>
        errors.Add(new ScenarioError(file, at is null ? Line : checked((int)at.Start.Line), Join(field), message));

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key) =>
        node.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal)).Value;

    public void OnlyKeys(params string[] allowed)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Error(name, $"unknown field; expected one of: {string.Join(", ", allowed)}", key);
            }
        }
    }

    public string? Text(string key, bool required = true)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                Error(key, "is required");
            }

            return null;
        }

        if (value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(key, "must be a non-empty text", value);
        return null;
    }

    public int? Int(string key, bool required = true, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Error(key, $"'{text}' is not a whole number between {min} and {max}", Find(key));
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(key, $"'{text}' is not a date of the form YYYY-MM-DD", Find(key));
        return null;
    }

    public YamlFields? Map(string key, bool required = true)
    {
        var value = Find(key);
        switch (value)
        {
            case YamlMappingNode map:
                return new YamlFields(file, map, Join(key), errors);
            case null when required:
                Error(key, "is required");
                return null;
            case null:
                return null;
            case YamlScalarNode { Value: null or "" or "~" or "null" }:
                return new YamlFields(file, new YamlMappingNode(), Join(key), errors, checked((int)value.Start.Line));
            default:
                Error(key, "must be a mapping of fields", value);
                return null;
        }
    }

    public IEnumerable<YamlFields> MapList(string key)
    {
        var value = Find(key);
        if (value is null or YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            yield break;
        }

        if (value is not YamlSequenceNode list)
        {
            Error(key, "must be a list", value);
            yield break;
        }

        var i = 0;
        foreach (var item in list)
        {
            if (item is YamlMappingNode map)
            {
                yield return new YamlFields(file, map, string.Create(CultureInfo.InvariantCulture, $"{Join(key)}[{i}]"), errors);
            }
            else
            {
                Error(key, "each item must be a mapping of fields", item);
            }

            i++;
        }
    }

    /// <summary>A list of State codes: each must be three capital letters and a State the register knows.</summary>
    /// <remarks>A former code continued by a Member is read as that Member's code (SUN as RUS), the code its votes and seats are kept under.</remarks>
    public ImmutableArray<(StateCode Code, YamlNode Node)> Codes(string key, MembershipRegister register, bool required = false, DateOnly? on = null)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                Error(key, "is required");
            }

            return [];
        }

        if (value is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return [];
        }

        if (value is not YamlSequenceNode list)
        {
            Error(key, "must be a list of State codes, e.g. [ALB, USA]", value);
            return [];
        }

        var codes = ImmutableArray.CreateBuilder<(StateCode, YamlNode)>();
        foreach (var item in list)
        {
            var text = (item as YamlScalarNode)?.Value;
            if (!StateCode.TryParse(text, out var code))
            {
                Error(key, $"'{text}' is not a State code (three capital letters, ISO 3166 alpha-3)", item);
            }
            else if (!register.TryFind(code, out _))
            {
                Error(key, $"unknown State code '{text}'", item);
            }
            else
            {
                codes.Add((register.Resolve(code, on ?? DateOnly.MaxValue), item));
            }
        }

        return codes.ToImmutable();
    }

    private string Join(string field) => path.Length == 0 ? field : $"{path}.{field}";
}
