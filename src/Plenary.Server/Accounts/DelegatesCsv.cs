using System.Globalization;
using System.Text;
using Plenary.Domain.States;

namespace Plenary.Server.Accounts;

/// <summary>Reads the Secretariat's CSV of delegates (<c>state,name,email</c>): every row, or every error with its line.</summary>
public static class DelegatesCsv
{
    public static readonly IReadOnlyList<string> Columns = ["state", "name", "email"];

    public static (IReadOnlyList<DelegateRow> Rows, IReadOnlyDictionary<string, string[]> Errors) Parse(string text, MembershipRegister register)
    {
        var rows = new List<DelegateRow>();
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(int line, string field, string message)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"line {line}: {field}");
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var header = lines.Length == 0 ? [] : Fields(lines[0]).Select(f => f.Trim().ToLowerInvariant()).ToArray();
        if (!header.SequenceEqual(Columns))
        {
            Error(1, "header", $"must be '{string.Join(",", Columns)}'.");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Fields(lines[i]);
            if (fields.Count != Columns.Count)
            {
                Error(line, "row", string.Create(CultureInfo.InvariantCulture, $"has {fields.Count} fields; expected {Columns.Count}."));
                continue;
            }

            var (stateText, name, email) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim());
            MemberState? state = null;
            if (!StateCode.TryParse(stateText, out var code) || !register.TryFind(code, out state) || state.Status == StateStatus.FormerMember)
            {
                Error(line, "state", $"'{stateText}' is not the code of a Member or observer State.");
            }

            if (name.Length is 0 or > 200)
            {
                Error(line, "name", "is required, at most 200 characters.");
            }

            if (email.Length > 254 || email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@'))
            {
                Error(line, "email", $"'{email}' is not an email address.");
            }

            if (state is not null)
            {
                rows.Add(new DelegateRow(line, state, name, email));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            Error(2, "row", "the file has no delegates.");
        }

        return (rows, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Comma-separated fields; a field in double quotes may hold commas, and "" is a quote.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

/// <summary>One row of the CSV of delegates.</summary>
public sealed record DelegateRow(int Line, MemberState State, string Name, string Email);
