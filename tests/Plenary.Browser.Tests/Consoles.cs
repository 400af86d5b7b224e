using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>What a chair and a delegation do on their consoles, by the labels and names of the DOM contract.</summary>
public static partial class Consoles
{
    /// <summary>Waits until the console is interactive (its circuit connected): a click on the prerendered page would be lost.</summary>
    public static Task ReadyAsync(IPage console) =>
        Assertions.Expect(console.Locator("[data-interactive=true]").First).ToBeAttachedAsync();

    /// <summary>Opens the vote from the chair's console (the draft, the kind of question, the method, then "Open the vote") and waits for <paramref name="opened"/>.</summary>
    public static async Task OpenVoteAsync(IPage chair, string draft, string question, string method, Func<Task> opened)
    {
        await ChooseAsync(chair.GetByLabel("Draft or proposal", new() { Exact = true }), draft);
        await ChooseAsync(chair.GetByLabel("Question", new() { Exact = true }), question);
        await ChooseAsync(chair.GetByLabel("Method", new() { Exact = true }), method);
        await Button(chair, "Open the vote").ClickAsync();
        await ThenAsync(chair, opened);
    }

    /// <summary>Announces the lock with a countdown from the chair's console and waits for <paramref name="announced"/>.</summary>
    public static async Task AnnounceLockAsync(IPage chair, int seconds, Func<Task> announced)
    {
        await chair.GetByLabel("Countdown (seconds)", new() { Exact = true }).FillAsync(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Button(chair, "Announce the lock").ClickAsync();
        await ThenAsync(chair, announced);
    }

    /// <summary>Locks the vote, then announces the result, from the chair's console, and waits for <paramref name="announced"/>.</summary>
    public static async Task LockAndAnnounceAsync(IPage chair, Func<Task> locked, Func<Task> announced)
    {
        await Button(chair, "Lock the vote").ClickAsync();
        await ThenAsync(chair, locked);
        await Button(chair, "Announce the result").ClickAsync();
        await ThenAsync(chair, announced);
    }

    /// <summary>Votes from a delegation's console and waits for the console to show the choice.</summary>
    public static async Task VoteAsync(IPage delegation, string vote)
    {
        var button = Button(delegation, vote);
        await button.ClickAsync();
        await ThenAsync(delegation, async () =>
        {
            await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(delegation.GetByTestId("current-choice")).ToContainTextAsync(vote);
        });
    }

    public static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Waits for the effect of an action; when it does not come, fails with what the acting page refused (its <c>role="alert"</c> messages).</summary>
    public static async Task ThenAsync(IPage actor, Func<Task> effect)
    {
        try
        {
            await effect();
        }
        catch (PlaywrightException e)
        {
            var refusals = (await actor.GetByRole(AriaRole.Alert).Filter(new() { Visible = true }).AllInnerTextsAsync()).Where(t => !string.IsNullOrWhiteSpace(t));
            Assert.Fail($"{e.Message}\n{actor.Url} shows: {string.Join(" | ", refusals)}");
        }

        await AssertNoRefusalAsync(actor);
    }

    /// <summary>The whole number shown by an element, such as a count with its label ("Yes: 3" or "3").</summary>
    public static Regex Count(int count) => new($@"(^|\D){count}(\D|$)");

    /// <summary>Chooses an option of a select whose value or text is <paramref name="wanted"/> (or starts with it), or fills a text field.</summary>
    private static async Task ChooseAsync(ILocator field, string wanted)
    {
        await Assertions.Expect(field).ToBeEditableAsync();
        if (await field.EvaluateAsync<string>("e => e.tagName") != "SELECT")
        {
            await field.FillAsync(wanted);
            return;
        }

        var options = await field.Locator("option").EvaluateAllAsync<string[][]>("os => os.map(o => [o.value, o.textContent.trim()])");
        var chosen = options.FirstOrDefault(o => o.Any(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase)))
            ?? options.FirstOrDefault(o => o.Any(t => t.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)))
            ?? options.FirstOrDefault(o => o.Any(t => t.Contains(wanted, StringComparison.OrdinalIgnoreCase)));
        Assert.True(chosen is not null, $"No option \"{wanted}\" among: {string.Join(" | ", options.Select(o => $"{o[0]}={o[1]}"))}");
        await field.SelectOptionAsync(new SelectOptionValue { Value = chosen[0] });
    }

    private static async Task AssertNoRefusalAsync(IPage page)
    {
        var alerts = page.GetByRole(AriaRole.Alert).Filter(new() { Visible = true });
        var texts = await alerts.AllInnerTextsAsync();
        var refusals = texts.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        Assert.True(refusals.Count == 0, $"{page.Url}: the page refused: {string.Join(" | ", refusals)}");
    }
}
