using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Pages;

/// <summary>The chair's console: the President of the meeting's body (or the Secretariat) runs the meeting from here; anyone else is told to sign in as the chair.</summary>
public sealed partial class Chair
{
    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>Null until the account is known; then whether it may chair this meeting.</summary>
    private bool? Allowed { get; set; }

    private bool SignedIn { get; set; }

    private string SignInHref => "/sign-in?returnUrl=" + Uri.EscapeDataString($"/meetings/{Id}/chair");

    private string BodyName =>
        View!.Meeting.Body == BodyId.GeneralAssembly ? V["GeneralAssembly"] : View.Meeting.Body == BodyId.SecurityCouncil ? V["SecurityCouncil"] : View.Meeting.Body.Value;

    private string MeetingName => View!.Meeting.Symbol ?? (View.Meeting.Session is { } session ? $"{session} · {View.Id}" : View.Id);

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        if (View is null)
        {
            return;
        }

        var user = await Desk.UserAsync(Stopping);
        SignedIn = user.Identity?.IsAuthenticated == true;
        try
        {
            Access.Chair(user, View.Meeting.Body);
            Allowed = SignedIn;
        }
        catch (Forbidden)
        {
            Allowed = false;
        }
    }
}
