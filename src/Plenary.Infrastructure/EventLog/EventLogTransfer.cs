using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>Moves a whole log between stores as JSON Lines: one event per line, exactly as stored.</summary>
/// <remarks>
/// A line is <c>{"position":…,"stream":…,"version":…,"name":…,"schemaVersion":…,"recordedAt":…,"data":{…}}</c>.
/// The payload is copied byte for byte, never re-encoded, so an old schema version stays old and
/// exporting the import of an export gives the same file.
/// </remarks>
public static class EventLogTransfer
{
    private const int PageSize = 1000;

    private static readonly string[] Fields = ["position", "stream", "version", "name", "schemaVersion", "recordedAt", "data"];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every event of the log in position order; returns how many.</summary>
    public static async Task<long> ExportAsync(IEventLog log, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>();
        long count = 0;
        var page = await log.ReadStoredAsync(1, PageSize, cancellationToken);
        while (page.Count > 0)
        {
            foreach (var e in page)
            {
                buffer.ResetWrittenCount();
                using (var json = new Utf8JsonWriter(buffer, WriterOptions))
                {
                    json.WriteStartObject();
                    json.WriteNumber("position", e.Position);
                    json.WriteString("stream", e.Stream);
                    json.WriteNumber("version", e.Version);
                    json.WriteString("name", e.Name);
                    json.WriteNumber("schemaVersion", e.SchemaVersion);
                    json.WriteString("recordedAt", RecordedAt.ToText(e.RecordedAt));
                    json.WritePropertyName("data");
                    json.WriteRawValue(e.Data);
                    json.WriteEndObject();
                }

                await writer.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken);
                await writer.WriteAsync("\n".AsMemory(), cancellationToken);
                count++;
            }

            page = await log.ReadStoredAsync(page[^1].Position + 1, PageSize, cancellationToken);
        }

        return count;
    }

    /// <summary>Checks the whole file, then appends its events in one transaction, keeping streams, versions, order and recorded-at.</summary>
    /// <remarks>
    /// Every line is read and decoded first, and each stream must continue from its version in
    /// <paramref name="log"/>; with any error nothing is written and every error is returned with
    /// its line number. Positions are the target log's own: into an empty log they are those of the file.
    /// </remarks>
    public static async Task<ImportResult> ImportAsync(TextReader reader, IEventLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(log);
        var errors = new List<ImportError>();
        var events = new List<StoredEvent>();
        var nextVersion = new Dictionary<string, long>(StringComparer.Ordinal);
        long lastPosition = 0;
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            var before = errors.Count;
            if (Parse(text, number, errors) is not { } e)
            {
                continue;
            }

            if (e.Position <= lastPosition)
            {
                errors.Add(new ImportError(number, "position", $"{e.Position} does not follow {lastPosition}: lines must be in position order"));
            }

            lastPosition = Math.Max(lastPosition, e.Position);
            if (!nextVersion.TryGetValue(e.Stream, out var expected))
            {
                expected = await log.StreamVersionAsync(e.Stream, cancellationToken) + 1;
            }

            if (e.Version != expected)
            {
                errors.Add(new ImportError(number, "version", $"stream '{e.Stream}' continues at version {expected}, not {e.Version}"));
            }

            nextVersion[e.Stream] = e.Version + 1;
            if (errors.Count == before)
            {
                events.Add(e);
            }
        }

        if (errors.Count > 0)
        {
            return new ImportResult(0, errors);
        }

        await log.RestoreAsync(events, cancellationToken);
        return new ImportResult(events.Count, []);
    }

    private static StoredEvent? Parse(string text, int line, List<ImportError> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            errors.Add(new ImportError(line, "line", $"not valid JSON: {e.Message}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ImportError(line, "line", "each line is one JSON object"));
                return null;
            }

            var count = errors.Count;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    errors.Add(new ImportError(line, property.Name, $"is not a field of an exported event (expected {string.Join(", ", Fields)})"));
                }
                else if (!seen.Add(property.Name))
                {
                    errors.Add(new ImportError(line, property.Name, "appears twice"));
                }
            }

            var position = Field(root, "position", line, errors, p => p.ValueKind == JsonValueKind.Number && p.TryGetInt64(out var n) && n > 0, "a whole number from 1")?.GetInt64();
            var stream = Field(root, "stream", line, errors, s => s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } t && !t.Contains('\0', StringComparison.Ordinal), "a non-empty string")?.GetString();
            var version = Field(root, "version", line, errors, v => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n > 0, "a whole number from 1")?.GetInt64();
            var name = Field(root, "name", line, errors, n => n.ValueKind == JsonValueKind.String && JsonEventCodec.Default.TryGetType(n.GetString()!, out _), "a known event name")?.GetString();
            var schemaVersion = Field(root, "schemaVersion", line, errors, v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0, "a whole number from 0")?.GetInt32();
            var at = default(DateTimeOffset);
            Field(root, "recordedAt", line, errors, r => r.ValueKind == JsonValueKind.String && RecordedAt.TryParse(r.GetString(), out at), "an ISO 8601 instant with its offset, such as 2022-03-02T15:04:05.000000Z");
            var data = Field(root, "data", line, errors, d => d.ValueKind == JsonValueKind.Object, "the event's JSON object")?.GetRawText();
            if (errors.Count > count)
            {
                return null;
            }

            try
            {
                JsonEventCodec.Default.Decode(name!, schemaVersion!.Value, data!);
            }
            catch (JsonException e)
            {
                errors.Add(new ImportError(line, "data", e.Message));
                return null;
            }

            return new StoredEvent(position!.Value, stream!, version!.Value, name!, schemaVersion.Value, data!, at);
        }
    }

    private static JsonElement? Field(JsonElement root, string field, int line, List<ImportError> errors, Func<JsonElement, bool> valid, string expected)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            errors.Add(new ImportError(line, field, "is missing"));
            return null;
        }

        if (!valid(value))
        {
            errors.Add(new ImportError(line, field, $"{Shorten(value.GetRawText())} is not {expected}"));
            return null;
        }

        return value;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
