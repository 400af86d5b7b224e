using System.Data.Common;
using System.Globalization;

namespace Plenary.Infrastructure.Projections;

/// <summary>Reading the read models: decisions by body and date, and one State's recorded votes, in the order the decisions were taken.</summary>
/// <remarks>Pages run on the log position of each decision (keyset paging), so a page never repeats or skips a row when new decisions arrive.</remarks>
public sealed partial class RecordsStore
{
    private const string DecisionColumns =
        "d.meeting, d.question, d.position, d.body, d.meeting_symbol, d.session, d.meeting_date, d.question_on, d.kind, d.method, d.outcome, " +
        "d.yes_votes, d.no_votes, d.abstentions, d.non_voting, d.majority, d.required, d.vetoed_by, d.resolution, d.explanation";

    /// <summary>At most <paramref name="limit"/> decisions after log position <paramref name="after"/>, optionally of one body and between two dates (inclusive).</summary>
    public async Task<IReadOnlyList<DecisionRow>> DecisionsAsync(string? body, DateOnly? from, DateOnly? to, long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var db = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(
            db,
            null,
            $"""
            SELECT {DecisionColumns} FROM decisions d
            WHERE d.position > @after
              AND (@body IS NULL OR d.body = @body)
              AND (@from IS NULL OR d.meeting_date >= @from)
              AND (@to IS NULL OR d.meeting_date <= @to)
            ORDER BY d.position
            LIMIT @limit
            """);
        Parameter(command, "after", after);
        Text(command, "body", body);
        Text(command, "from", from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(command, "to", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Parameter(command, "limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DecisionRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadDecision(reader));
        }

        return rows;
    }

    /// <summary>At most <paramref name="limit"/> of a State's recorded votes on decisions after log position <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<(DecisionRow Decision, string Vote)>> VotesOfAsync(string state, long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var db = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(
            db,
            null,
            $"""
            SELECT {DecisionColumns}, v.vote FROM recorded_votes v
            JOIN decisions d ON d.meeting = v.meeting AND d.question = v.question
            WHERE v.state = @state AND d.position > @after
            ORDER BY d.position
            LIMIT @limit
            """);
        Parameter(command, "state", state);
        Parameter(command, "after", after);
        Parameter(command, "limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(DecisionRow, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((ReadDecision(reader), reader.GetString(20)));
        }

        return rows;
    }

    // An untyped null would leave PostgreSQL unable to infer "@body IS NULL"; text says what it is.
    private static void Text(DbCommand command, string name, string? value) =>
        Parameter(command, name, value).DbType = System.Data.DbType.String;

    private static DecisionRow ReadDecision(DbDataReader reader) => new(
        reader.GetString(0),
        Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
        Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        reader.GetString(7),
        reader.GetString(8),
        reader.GetString(9),
        reader.GetString(10),
        Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(13), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(14), CultureInfo.InvariantCulture),
        reader.GetString(15),
        Convert.ToInt32(reader.GetValue(16), CultureInfo.InvariantCulture),
        reader.GetString(17),
        reader.IsDBNull(18) ? null : reader.GetString(18),
        reader.GetString(19));
}
