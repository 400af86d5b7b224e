using Plenary.Domain.Meetings;

namespace Plenary.Infrastructure.Projections;

/// <summary>What the projector keeps of a meeting: where and when it sits, and the question being voted, if any.</summary>
public sealed record MeetingInProgress(string Id, string Body, string? Symbol, string? Session, DateOnly Date, QuestionRecord? Current);
