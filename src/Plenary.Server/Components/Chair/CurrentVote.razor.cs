using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using Plenary.Server.Accounts;
using Plenary.Server.Api;

namespace Plenary.Server.Components.Chair;

/// <summary>The question being voted: who has voted so far, the counts of a non-recorded vote, the lock (announced, then made) and the result.</summary>
public sealed partial class CurrentVote
{
    private const string CountsControl = "counts";
    private const string LockControl = "announce-lock";
    private const string CloseControl = "close";
    private const string AnnounceControl = "announce";

    [Parameter]
    [EditorRequired]
    public QuestionRecord Question { get; set; } = default!;

    private int? Seconds { get; set; } = VoteLock.DefaultSeconds;

    private int? Yes { get; set; }

    private int? No { get; set; }

    private int? Abstain { get; set; }

    private string? Resolution { get; set; }

    private string? SecondsError => FieldError(LockControl, "seconds");

    private string? ResolutionError => FieldError(AnnounceControl, "resolution");

    private Tally Tally => Question.Tally();

    private string QuestionName => M["Kind_" + Question.QuestionKind] is { ResourceNotFound: false } text ? text.Value : Question.QuestionKind;

    private string MethodName => Question.Method switch
    {
        VoteMethod.NonRecorded => M["NonRecorded"],
        VoteMethod.RollCall => M["RollCall"],
        _ => M["Recorded"],
    };

    private string VotedText
    {
        get
        {
            var mayVote = Question.Members.Length - Question.CannotVote.Count;
            var voted = Question.Method == VoteMethod.NonRecorded ? Tally.Present : Question.Cast().Count();
            return string.Format(CultureInfo.CurrentCulture, T["VotedCount"], voted, mayVote);
        }
    }

    private Task RecordCountsAsync()
    {
        var (yes, no, abstain) = (Yes, No, Abstain);
        return RunAsync(CountsControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var y = input.Number(yes, "yes", 0, 1000);
            var n = input.Number(no, "no", 0, 1000);
            var a = input.Number(abstain, "abstain", 0, 1000);
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new RecordVoteCounts(y, n, a));
        });
    }

    private Task AnnounceLockAsync()
    {
        var seconds = Seconds;
        return RunAsync(LockControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var s = input.Number(seconds, "seconds", VoteLock.MinSeconds, VoteLock.MaxSeconds);
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new AnnounceVoteLock(Desk.Clock.GetUtcNow(), s));
        });
    }

    private Task CloseAsync() => RunAsync(CloseControl, (user, b) =>
    {
        Access.ChairOfMeeting(user)(b.Meeting(Meeting));
        b.Execute(Meeting, new CloseVoting(Desk.Clock.GetUtcNow()));
    });

    private async Task AnnounceAsync()
    {
        var resolution = Resolution;
        if (await RunAsync(AnnounceControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var symbol = string.IsNullOrWhiteSpace(resolution) ? null : input.Symbol(resolution, "resolution");
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new AnnounceResult(), symbol);
        }))
        {
            Resolution = null;
        }
    }
}
