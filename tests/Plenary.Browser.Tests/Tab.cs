using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>One user's browser context and page. It records every console error and uncaught page error, so a test fails on any (<see cref="AssertNoErrors"/>).</summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _errors = new();

    internal Tab(string name, IBrowserContext context, IPage page)
    {
        Name = name;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue($"page error: {error}");
    }

    public string Name { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>Signs in through the sign-in page as a demo account and waits to be back on <paramref name="returnUrl"/>.</summary>
    public async Task SignInAsync(string username, string returnUrl = "/")
    {
        await Page.GotoAsync("/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await Page.GetByLabel("Username").FillAsync(username);
        await Page.GetByLabel("Password").FillAsync(BrowserApp.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).PathAndQuery == returnUrl, new() { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>Runs axe-core on the page as it is now and fails on any serious or critical violation.</summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{Name} {Page.Url}: axe found {serious.Count} serious violation(s):\n" + string.Join('\n', serious.Select(Describe)));
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots and attaches it to the test's result.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        var folder = Path.Combine(Artifacts.Folder, "screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), bytes, TestContext.Current.CancellationToken);
        TestContext.Current.AddAttachment(name + ".png", bytes, "image/png");
    }

    public void AssertNoErrors() =>
        Assert.True(_errors.IsEmpty, $"{Name}: the browser reported errors:\n" + string.Join('\n', _errors));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    private static string Describe(AxeResultItem item) =>
        $"- {item.Id} ({item.Impact}): {item.Help}; at {string.Join(", ", item.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}";
}
