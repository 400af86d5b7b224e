using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Plenary.Infrastructure.ReferenceData;

/// <summary>Reads one RFC 4180 file into records keyed by column name, reporting every malformed row instead of stopping.</summary>
internal static class CsvTable
{
    /// <summary>The well-formed data rows of the file; the problems found go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<CsvRecord> Read(string directory, string fileName, IReadOnlyList<string> columns, List<DataError> errors)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            errors.Add(new DataError(fileName, 0, "(file)", $"not found in '{directory}'"));
            return [];
        }

        var badFields = new List<string>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badFields.Add(args.Field),
        };
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, config);
        if (!parser.Read() || parser.Record is not { } header)
        {
            errors.Add(new DataError(fileName, 1, "(header)", $"the file is empty; expected the header '{string.Join(",", columns)}'"));
            return [];
        }

        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        foreach (var column in missing)
        {
            errors.Add(new DataError(fileName, 1, column, $"missing column; the header is '{string.Join(",", header)}'"));
        }

        if (missing.Count > 0)
        {
            return [];
        }

        badFields.Clear();
        var rows = new List<CsvRecord>();
        while (parser.Read())
        {
            var line = StartLine(parser);
            var values = parser.Record ?? [];
            if (badFields.Count > 0)
            {
                foreach (var bad in badFields)
                {
                    errors.Add(new DataError(fileName, line, ColumnOf(bad, values, header), "malformed quoting: a field that contains a quote must be enclosed in quotes, with the quote doubled"));
                }

                badFields.Clear();
                continue;
            }

            if (values.Length != header.Length)
            {
                var field = values.Length < header.Length ? header[values.Length] : "(row)";
                errors.Add(new DataError(fileName, line, field, $"the row has {values.Length} fields; the header has {header.Length}"));
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                fields.TryAdd(header[i], values[i]);
            }

            rows.Add(new CsvRecord(fileName, line, fields, errors));
        }

        return rows;
    }

    // RawRow is the last physical line of the record; a quoted field may span several lines.
    private static int StartLine(CsvParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        var breaks = raw.Count(c => c == '\n');
        return Math.Max(parser.RawRow - breaks, 2);
    }

    private static string ColumnOf(string rawField, string[] values, string[] header)
    {
        var unquoted = rawField.Replace("\"", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < values.Length && i < header.Length; i++)
        {
            if (string.Equals(values[i], rawField, StringComparison.Ordinal) || string.Equals(values[i], unquoted, StringComparison.Ordinal))
            {
                return header[i];
            }
        }

        return "(row)";
    }
}
