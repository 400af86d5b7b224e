namespace Plenary.Server.Components.Pages;

/// <summary>The printable record of a meeting: the agenda, the speakers heard, each decision with its vote and the per-State record, and the resolutions; public, rendered once on the server.</summary>
/// <remarks>It shows what <c>GET /api/meetings/{id}/record</c> gives, laid out like the UN's records of meetings.</remarks>
public sealed partial class MeetingRecord;
