using Plenary.Server.Components.Localization;
using Plenary.Server.Components.Voting;

namespace Plenary.Server.Components.Pages;

/// <summary>The vote board of a meeting, for the hall's screens and for anyone signed out: live, from the meeting's feed.</summary>
public sealed partial class Board
{
    private BoardModel? Model { get; set; }

    protected override void OnViewChanged() =>
        Model = View is { } view ? BoardModel.From(view, WebCultures.Language) : null;
}
