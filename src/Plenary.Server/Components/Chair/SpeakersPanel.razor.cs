using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Server.Accounts;
using Plenary.Server.Api;

namespace Plenary.Server.Components.Chair;

/// <summary>The list of speakers (GA rules 68-73): who has the floor and for how long, the next speaker, inscriptions (statements, explanations of vote, rights of reply), the time limit and closing the list.</summary>
public sealed partial class SpeakersPanel
{
    private const string FloorControl = "floor";
    private const string InscribeControl = "inscribe";
    private const string LimitControl = "time-limit";
    private const string CloseControl = "close-list";

    private string? State { get; set; }

    private string Kind { get; set; } = SpeechKind.Statement.Word();

    private int? Minutes { get; set; }

    private string? StateError => FieldError(InscribeControl, "state");

    private string? MinutesError => FieldError(LimitControl, "minutes");

    private TimeSpan? Limit => View.Meeting.SpeakingTimeLimit is { } minutes ? TimeSpan.FromMinutes(minutes) : null;

    /// <summary>The body's members and the observer States, who may also speak, by name.</summary>
    private IEnumerable<(StateCode Code, string Name)> Speakable =>
        Body.ElectorateOn(View.Meeting.Date, Register).Members
            .Concat(Register.States.Where(s => s.Status == StateStatus.ObserverState).Select(s => s.Code))
            .Distinct()
            .Select(c => (c, NameOf(c)))
            .OrderBy(s => s.Item2, StringComparer.CurrentCulture);

    protected override void OnParametersSet() => Minutes ??= View.Meeting.SpeakingTimeLimit;

    private string KindName(SpeechKind kind) => T["Kind_" + kind.Word()];

    private string Entry(SpeakerEntry entry) =>
        entry.Document is { } document ? $"{NameOf(entry.State)} · {KindName(entry.Kind)} · {document}" : $"{NameOf(entry.State)} · {KindName(entry.Kind)}";

    private Task GiveFloorAsync() => RunAsync(FloorControl, (user, b) =>
    {
        Access.ChairOfMeeting(user)(b.Meeting(Meeting));
        b.Execute(Meeting, new GiveFloor());
    });

    private async Task InscribeAsync()
    {
        var (state, kind) = (State, Kind);
        if (await RunAsync(InscribeControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var code = input.State(state, "state");
            var how = input.Word<SpeechKind>(kind, "kind", SpeechKind.Statement, SpeechKindNames.TryParse, "statement, explanation-before-vote, explanation-after-vote, right-of-reply");
            input.ThrowIfAny();
            Access.ChairOrState(user, code)(b.Meeting(Meeting));
            b.Execute(Meeting, new InscribeSpeaker(code, how));
        }))
        {
            State = null;
        }
    }

    private Task SetLimitAsync()
    {
        var minutes = Minutes;
        return RunAsync(LimitControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var m = input.Number(minutes, "minutes", 1, 600);
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new SetSpeakingTimeLimit(m));
        });
    }

    private Task CloseListAsync() => RunAsync(CloseControl, (user, b) =>
    {
        Access.ChairOfMeeting(user)(b.Meeting(Meeting));
        b.Execute(Meeting, new CloseListOfSpeakers());
    });
}
