using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Chair;

/// <summary>The speaker's running time on this console, against the speaking time limit (GA rule 72); over time is shown in words and colour.</summary>
/// <remarks>
/// The timer belongs to the console, not to the record: the floor given is a recorded fact, how
/// long the chair let the speaker run is not. It restarts whenever <see cref="Speaker"/> changes.
/// </remarks>
public sealed partial class SpeakerTimer
{
    private TimeSpan _before;
    private long? _since;
    private string? _speaker;
    private bool _seen;

    /// <summary>Who has the floor (any key that changes with the speaker); null when nobody has it.</summary>
    [Parameter]
    public string? Speaker { get; set; }

    /// <summary>The speaking time limit, if one is set.</summary>
    [Parameter]
    public TimeSpan? Limit { get; set; }

    private bool Running => _since is not null;

    private TimeSpan Elapsed => _before + (_since is { } since ? Clock.GetElapsedTime(since) : TimeSpan.Zero);

    private bool Over => Limit is { } limit && Elapsed > limit;

    protected override void OnParametersSet()
    {
        // A speaker who already had the floor when the console opened is not timed from then.
        if (!_seen)
        {
            _seen = true;
            _speaker = Speaker;
            return;
        }

        if (Speaker == _speaker)
        {
            return;
        }

        _speaker = Speaker;
        Reset();
        if (Speaker is not null)
        {
            Start();
        }
    }

    private void Toggle()
    {
        if (Running)
        {
            Pause();
        }
        else
        {
            Start();
        }
    }

    private void Start()
    {
        if (_since is null)
        {
            _since = Clock.GetTimestamp();
            StartTicking();
        }
    }

    private void Pause()
    {
        _before = Elapsed;
        _since = null;
        StopTicking();
    }

    private void Reset()
    {
        _before = TimeSpan.Zero;
        _since = null;
        StopTicking();
    }

    private static string Format(TimeSpan time) =>
        time.ToString(time.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.CurrentCulture);
}
