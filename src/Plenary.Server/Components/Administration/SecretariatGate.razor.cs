using Microsoft.AspNetCore.Components;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Administration;

/// <summary>Shows its content to the Secretariat only; anyone else (signed out, or another account) reads why and where to sign in.</summary>
/// <remarks>This only hides the pages: every command they send is checked again as the Secretariat.</remarks>
public sealed partial class SecretariatGate
{
    [Inject]
    public required Desk Desk { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    private bool? Allowed { get; set; }

    private string? SignedInAs { get; set; }

    private string SignInHref => "/sign-in?returnUrl=" + Uri.EscapeDataString("/" + Navigation.ToBaseRelativePath(Navigation.Uri));

    protected override async Task OnInitializedAsync()
    {
        var user = await Desk.UserAsync(CancellationToken.None);
        Allowed = user.IsSecretariat();
        SignedInAs = user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
    }
}
