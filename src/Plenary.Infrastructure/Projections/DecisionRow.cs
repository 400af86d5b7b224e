namespace Plenary.Infrastructure.Projections;

/// <summary>One row of the decisions read model: a question decided in a meeting, by vote or without one.</summary>
/// <remarks>
/// Keyed by meeting and question number. <paramref name="Position"/> is the log position of the
/// announcement, the order decisions were taken in. <paramref name="VetoedBy"/> holds the State
/// codes separated by spaces, empty when there was no veto; <paramref name="Resolution"/> is set
/// when an adopted draft is numbered.
/// </remarks>
public sealed record DecisionRow(
    string Meeting,
    int Question,
    long Position,
    string Body,
    string? MeetingSymbol,
    string? Session,
    DateOnly Date,
    string On,
    string Kind,
    string Method,
    string Outcome,
    int Yes,
    int No,
    int Abstain,
    int NonVoting,
    string Majority,
    int Required,
    string VetoedBy,
    string? Resolution,
    string Explanation);
