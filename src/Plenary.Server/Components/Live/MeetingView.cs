using Plenary.Domain.Meetings;
using Plenary.Infrastructure.Commands;

namespace Plenary.Server.Components.Live;

/// <summary>A meeting as it stood at one version of its stream, with the rest of the record (drafts, resolutions) as read at the same moment.</summary>
public sealed record MeetingView(string Id, MeetingState Meeting, long Version, Batch Record);
