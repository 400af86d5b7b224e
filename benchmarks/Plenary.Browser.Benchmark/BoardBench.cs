using System.Text.Json;
using Microsoft.Playwright;

namespace Plenary.Browser.Benchmark;

/// <summary>Measures the board in Chromium: its first render with every light, and when each light changed, seen from inside the page.</summary>
/// <remarks>
/// The probe runs before the page's own scripts: a <c>MutationObserver</c> notes when the 193rd
/// light is in the document (the parser's insertions included) and stamps every change of a
/// light's <c>data-vote</c> with <c>performance.timeOrigin + performance.now()</c>, the wall
/// clock in epoch milliseconds, which the program compares with the time each ballot's
/// acknowledgement arrived (same machine, same clock).
/// </remarks>
internal sealed class BoardBench(IBrowser browser, Uri address)
{
    private const string Probe = """
        (() => {
          const bench = window.__bench = { changes: [] };
          const Native = window.WebSocket;
          window.WebSocket = class extends Native {
            constructor(...args) {
              super(...args);
              this.addEventListener('open', () => { bench.socketOpenAt ??= performance.now(); });
            }
          };
          const light = n => n.nodeType === 1 && n.matches('li[data-state]');
          new MutationObserver(records => {
            const at = performance.timeOrigin + performance.now();
            if (bench.lightsAt === undefined && document.querySelectorAll('li[data-state]').length >= 193) bench.lightsAt = performance.now();
            for (const r of records) {
              if (r.type === 'attributes') {
                if (light(r.target)) bench.changes.push([r.target.dataset.state, r.target.dataset.vote, at]);
                continue;
              }
              for (const n of r.addedNodes) if (light(n)) bench.changes.push([n.dataset.state, n.dataset.vote, at]);
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-vote'] });
        })();
        """;

    /// <summary>Loads the board in a new context (nothing cached, signed out) and answers, in milliseconds from navigation start: all 193 lights in the document, DOMContentLoaded, and the circuit's WebSocket open.</summary>
    public async Task<(double Lights, double ContentLoaded, double Connected)> FirstRenderAsync(string meeting)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/meetings/{meeting}/board", new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("window.__bench.lightsAt !== undefined && window.__bench.socketOpenAt !== undefined", null, new() { Timeout = 60_000 });
        var figures = await page.EvaluateAsync<double[]>(
            "[window.__bench.lightsAt, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, window.__bench.socketOpenAt]");
        return (figures[0], figures[1], figures[2]);
    }

    /// <summary>Opens the board in a context of its own and keeps it open, waiting until its circuit is connected.</summary>
    public async Task<IPage> OpenAsync(string meeting)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/meetings/{meeting}/board");
        await page.WaitForFunctionAsync("window.__bench.lightsAt !== undefined && window.__bench.socketOpenAt !== undefined", null, new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>Waits until a light shows a vote.</summary>
    public static Task ShowsAsync(IPage page, string state, string vote) =>
        page.WaitForFunctionAsync(
            "([s, v]) => document.querySelector(`li[data-state='${s}']`)?.dataset.vote === v",
            new[] { state, vote },
            new() { Timeout = 60_000 });

    /// <summary>Waits until every light is blank: the board shows a question just opened.</summary>
    public static Task AllBlankAsync(IPage page) =>
        page.WaitForFunctionAsync(
            "() => { const all = document.querySelectorAll('li[data-state]'); return all.length >= 193 && [...all].every(l => l.dataset.vote === 'none'); }",
            null,
            new() { Timeout = 60_000 });

    /// <summary>The number of light changes seen so far.</summary>
    public static Task<int> ChangeCountAsync(IPage page) => page.EvaluateAsync<int>("window.__bench.changes.length");

    /// <summary>The light changes seen from <paramref name="from"/> on: State, vote and wall-clock time in epoch milliseconds.</summary>
    public static async Task<IReadOnlyList<(string State, string Vote, double At)>> ChangesAsync(IPage page, int from)
    {
        var json = await page.EvaluateAsync<string>("from => JSON.stringify(window.__bench.changes.slice(from))", from);
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(c => (c[0].GetString()!, c[1].GetString()!, c[2].GetDouble()))];
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        });
        await context.AddInitScriptAsync(Probe);
        return context;
    }
}
