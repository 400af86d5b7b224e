using Plenary.Domain.States;

namespace Plenary.Domain.Meetings;

public sealed record SpeakerEntry(StateCode State, SpeechKind Kind, string? Document, bool Precedence);
