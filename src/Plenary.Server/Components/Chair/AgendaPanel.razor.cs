using Plenary.Domain.Meetings;
using Plenary.Server.Accounts;
using Plenary.Server.Api;

namespace Plenary.Server.Components.Chair;

/// <summary>The meeting's agenda (GA rule 17) and the adoption of an item, numbered after the last.</summary>
public sealed partial class AgendaPanel
{
    private const string AdoptControl = "adopt-item";

    private string? Title { get; set; }

    private string? TitleError => FieldError(AdoptControl, "title");

    private async Task AdoptAsync()
    {
        var title = Title;
        if (await RunAsync(AdoptControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var text = input.Text(title, "title", 2000);
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new AdoptAgendaItem(b.Meeting(Meeting).Agenda.Length + 1, text));
        }))
        {
            Title = null;
        }
    }
}
