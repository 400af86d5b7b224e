namespace Plenary.Infrastructure.Projections;

/// <summary>The tables of the read models, in SQL both SQLite and PostgreSQL accept, beside the log's own table.</summary>
/// <remarks>
/// Dates are ISO 8601 text, so they sort and compare the same in both databases. Each read model
/// has a row in <c>projection_checkpoints</c>: the last log position its rows reflect.
/// </remarks>
internal static class RecordsSchema
{
    public const string Decisions = "decisions";
    public const string RecordedVotes = "recorded-votes";

    public static readonly string[] Projections = [Decisions, RecordedVotes];

    public const string Create =
        """
        CREATE TABLE IF NOT EXISTS projection_checkpoints (
            projection TEXT PRIMARY KEY,
            position BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS decisions (
            meeting TEXT NOT NULL,
            question INTEGER NOT NULL,
            position BIGINT NOT NULL,
            body TEXT NOT NULL,
            meeting_symbol TEXT,
            session TEXT,
            meeting_date TEXT NOT NULL,
            question_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            method TEXT NOT NULL,
            outcome TEXT NOT NULL,
            yes_votes INTEGER NOT NULL,
            no_votes INTEGER NOT NULL,
            abstentions INTEGER NOT NULL,
            non_voting INTEGER NOT NULL,
            majority TEXT NOT NULL,
            required INTEGER NOT NULL,
            vetoed_by TEXT NOT NULL,
            resolution TEXT,
            explanation TEXT NOT NULL,
            PRIMARY KEY (meeting, question)
        );
        CREATE INDEX IF NOT EXISTS decisions_by_position ON decisions (position);
        CREATE INDEX IF NOT EXISTS decisions_by_body_date ON decisions (body, meeting_date, position);
        CREATE TABLE IF NOT EXISTS recorded_votes (
            state TEXT NOT NULL,
            meeting TEXT NOT NULL,
            question INTEGER NOT NULL,
            vote TEXT NOT NULL,
            PRIMARY KEY (state, meeting, question)
        );
        """;

    public const string Drop =
        """
        DROP TABLE IF EXISTS recorded_votes;
        DROP TABLE IF EXISTS decisions;
        DELETE FROM projection_checkpoints WHERE projection IN ('decisions', 'recorded-votes');
        """;

    public const string UpsertDecision =
        """
        INSERT INTO decisions (meeting, question, position, body, meeting_symbol, session, meeting_date, question_on, kind, method, outcome,
                               yes_votes, no_votes, abstentions, non_voting, majority, required, vetoed_by, resolution, explanation)
        VALUES (@meeting, @question, @position, @body, @meeting_symbol, @session, @meeting_date, @question_on, @kind, @method, @outcome,
                @yes_votes, @no_votes, @abstentions, @non_voting, @majority, @required, @vetoed_by, NULL, @explanation)
        ON CONFLICT (meeting, question) DO UPDATE SET
            position = excluded.position, body = excluded.body, meeting_symbol = excluded.meeting_symbol, session = excluded.session,
            meeting_date = excluded.meeting_date, question_on = excluded.question_on, kind = excluded.kind, method = excluded.method,
            outcome = excluded.outcome, yes_votes = excluded.yes_votes, no_votes = excluded.no_votes, abstentions = excluded.abstentions,
            non_voting = excluded.non_voting, majority = excluded.majority, required = excluded.required, vetoed_by = excluded.vetoed_by,
            explanation = excluded.explanation
        """;

    public const string UpsertVote =
        """
        INSERT INTO recorded_votes (state, meeting, question, vote) VALUES (@state, @meeting, @question, @vote)
        ON CONFLICT (state, meeting, question) DO UPDATE SET vote = excluded.vote
        """;

    public const string SetResolution = "UPDATE decisions SET resolution = @resolution WHERE meeting = @meeting AND question = @question";

    // Several server processes may share one PostgreSQL database: a checkpoint never moves back.
    public const string SetCheckpoint =
        """
        INSERT INTO projection_checkpoints (projection, position) VALUES (@projection, @position)
        ON CONFLICT (projection) DO UPDATE SET
            position = CASE WHEN excluded.position > projection_checkpoints.position THEN excluded.position ELSE projection_checkpoints.position END
        """;

    public const string ReadCheckpoint = "SELECT COUNT(*), COALESCE(MIN(position), 0) FROM projection_checkpoints WHERE projection IN ('decisions', 'recorded-votes')";
}
