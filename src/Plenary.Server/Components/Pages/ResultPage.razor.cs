using System.Globalization;
using Plenary.Domain.Bodies;
using Plenary.Server.Components.Localization;
using Plenary.Server.Components.VoteResults;

namespace Plenary.Server.Components.Pages;

/// <summary>The result of a vote: the UN-style line, the counts, the chamber, the world map, the regional groups and each State's vote, with downloads in the UN Digital Library layout; public.</summary>
/// <remarks>Rendered on the server without a circuit: a result is read once, and the map and 193 seats need no interactivity.</remarks>
public sealed partial class ResultPage
{
    [Microsoft.AspNetCore.Components.Parameter]
    public int Number { get; set; }

    private VoteResult? Result { get; set; }

    protected override void OnViewChanged()
    {
        Result = View is { } view ? VoteResult.From(view, Number, WebCultures.Language) : null;
        if (View is not null && Result is null && HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private string Heading(VoteResult result)
    {
        var body = result.Body == BodyId.GeneralAssembly ? V["GeneralAssembly"] : result.Body == BodyId.SecurityCouncil ? V["SecurityCouncil"] : result.Body.Value;
        var meeting = result.MeetingSymbol ?? result.MeetingId;
        return $"{body} · {meeting} · {result.Date.ToDateTime(TimeOnly.MinValue).ToString("D", CultureInfo.CurrentCulture)}";
    }

    private static string Download(VoteResult result, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"/meetings/{Uri.EscapeDataString(result.MeetingId)}/votes/{result.Number}.{extension}");
}
