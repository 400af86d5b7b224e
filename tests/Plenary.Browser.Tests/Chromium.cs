using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>One server and one headless Debian Chromium for the browser tests; each test opens contexts (separate users) on it.</summary>
/// <remarks>
/// Chromium is <c>PLENARY_CHROMIUM</c> or <c>/usr/bin/chromium</c>, installed by <c>scripts/test.sh</c>;
/// Playwright never downloads a browser of its own. Without Chromium the tests are skipped,
/// except under CI, where they must run.
/// </remarks>
public sealed class Chromium : IAsyncLifetime
{
    public const string Variable = "PLENARY_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BrowserApp? _app;

    public BrowserApp App => _app ?? throw new InvalidOperationException("Not started.");

    public static string? ExecutablePath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(Variable);
            path = string.IsNullOrWhiteSpace(path) ? "/usr/bin/chromium" : path;
            return File.Exists(path) ? path : null;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (ExecutablePath is not { } executable)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout(20_000);
        _app = new BrowserApp();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,

            // The machine has no network beyond loopback: Chromium's background services would only fail.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A new browser context (its own cookies: one user) with one page; skips the test when there is no Chromium.</summary>
    public async Task<Tab> OpenAsync(string name, string language = "en-GB")
    {
        if (_browser is null)
        {
            var message = $"Chromium was not found ({Variable} or /usr/bin/chromium); scripts/test.sh installs it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + " Under CI the browser tests must run.");
            }

            Assert.Skip(message);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            Locale = language,
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        });
        // Generous: CI gives the server, the tests and Chromium two cores between them.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        return new Tab(name, context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
