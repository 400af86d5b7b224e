using System.Globalization;
using Plenary.Domain.States;

namespace Plenary.Infrastructure.ReferenceData;

/// <summary>One data row of a CSV file: typed reads of its fields, each failure reported with file, line and column.</summary>
internal sealed class CsvRecord(string file, int line, IReadOnlyDictionary<string, string> fields, List<DataError> errors)
{
    public int Line => line;

    public string Text(string column) => fields.TryGetValue(column, out var value) ? value : string.Empty;

    public void Error(string column, string message) => errors.Add(new DataError(file, line, column, message));

    public string Required(string column)
    {
        var text = Text(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(column, "is empty; a value is required");
        }

        return text;
    }

    public StateCode? Code(string column, bool required = true)
    {
        var text = Text(column);
        if (text.Length == 0 && !required)
        {
            return null;
        }

        if (StateCode.TryParse(text, out var code))
        {
            return code;
        }

        Error(column, text.Length == 0
            ? "is empty; a State code is required"
            : $"'{text}' is not a State code: expected three upper-case letters A-Z (ISO 3166 alpha-3)");
        return null;
    }

    public DateOnly? Date(string column, bool required)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            if (required)
            {
                Error(column, "is empty; a date YYYY-MM-DD is required");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, $"'{text}' is not a date: expected YYYY-MM-DD");
        return null;
    }

    public int? Year(string column, bool required)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            if (required)
            {
                Error(column, "is empty; a year is required");
            }

            return null;
        }

        if (text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        Error(column, $"'{text}' is not a year: expected four digits");
        return null;
    }

    public bool? Flag(string column)
    {
        var text = Text(column);
        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(column, $"'{text}' is not 'true' or 'false'");
                return null;
        }
    }
}
