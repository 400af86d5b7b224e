using System.Globalization;

namespace Plenary.Infrastructure.EventLog;

/// <summary>The log's timestamps: UTC, to the microsecond, the precision PostgreSQL keeps, so every store holds the same instant.</summary>
internal static class RecordedAt
{
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    public static DateTimeOffset Now(TimeProvider clock) => Truncate(clock.GetUtcNow());

    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % (TimeSpan.TicksPerMicrosecond)), TimeSpan.Zero);
    }

    public static string ToText(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 instant with an explicit offset ("Z" or "+02:00").</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        if (text is not null
            && (text.EndsWith('Z') || text.Length > 6 && text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            instant = Truncate(parsed);
            return true;
        }

        instant = default;
        return false;
    }
}
