using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.States;

namespace Plenary.Domain.Meetings;

/// <summary>What a meeting's decisions read besides the meeting itself: the body's rules, the register of States, and the drafts before the body.</summary>
public sealed record MeetingContext(Body Body, MembershipRegister Register, Func<string, DraftState?> FindDraft);
