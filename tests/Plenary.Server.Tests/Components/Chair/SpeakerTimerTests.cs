using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Plenary.Server.Components.Chair;

namespace Plenary.Server.Tests.Components.Chair;

public sealed class SpeakerTimerTests
{
    [Fact]
    public async Task The_timer_runs_on_the_clock_pauses_and_shows_when_the_speaker_is_over_time()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        var clock = new FakeTimeProvider();
        await using var context = new BunitContext();
        context.Services.AddSingleton<TimeProvider>(clock);
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var timer = context.Render<SpeakerTimer>(p => p.Add(t => t.Speaker, "1").Add(t => t.Limit, TimeSpan.FromMinutes(1)));
        Assert.Equal("0:00", timer.Find("[data-testid=speaker-clock]").TextContent);

        // A click is handled on the renderer's dispatcher, which a tick's render may be holding:
        // the clock moves only once the click has taken effect.
        timer.Find("button").Click();
        timer.WaitForAssertion(() => Assert.Equal("true", timer.Find("[data-testid=speaker-timer]").GetAttribute("data-running")));
        clock.Advance(TimeSpan.FromSeconds(45));
        timer.WaitForAssertion(() => Assert.Equal("0:45", timer.Find("[data-testid=speaker-clock]").TextContent));
        Assert.Empty(timer.FindAll("[data-testid=over-time]"));

        clock.Advance(TimeSpan.FromSeconds(17));
        timer.WaitForAssertion(() => Assert.Equal("Over time by 0:02", timer.Find("[data-testid=over-time]").TextContent));
        Assert.Equal("true", timer.Find("[data-testid=speaker-timer]").GetAttribute("data-over"));

        timer.Find("button").Click();
        timer.WaitForAssertion(() => Assert.Equal("false", timer.Find("[data-testid=speaker-timer]").GetAttribute("data-running")));
        clock.Advance(TimeSpan.FromSeconds(30));
        timer.Render();
        Assert.Equal("1:02", timer.Find("[data-testid=speaker-clock]").TextContent);

        // The floor given to the next speaker starts the time afresh.
        timer.Render(p => p.Add(t => t.Speaker, "2"));
        Assert.Equal("0:00", timer.Find("[data-testid=speaker-clock]").TextContent);
        Assert.Equal("true", timer.Find("[data-testid=speaker-timer]").GetAttribute("data-running"));
    }
}
