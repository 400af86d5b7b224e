using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Plenary.Domain.States;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>One printable card per new access code: the State, the delegate, the username, the code and where to sign in; eight to an A4 page.</summary>
/// <remarks>The codes live only in this page's memory: the log keeps their hashes, so once the page is left they cannot be shown again, only reset.</remarks>
public sealed partial class AccessCodeCards
{
    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Parameter, EditorRequired]
    public IReadOnlyList<IssuedCode> Codes { get; set; } = [];

    /// <summary>Back to the accounts.</summary>
    [Parameter]
    public EventCallback OnClose { get; set; }

    private MembershipRegister Register => Chamber.Secretariat.Register;

    private DateOnly Today => Chamber.Today;

    private string SignInAddress => Navigation.BaseUri + "redeem";

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");
}
