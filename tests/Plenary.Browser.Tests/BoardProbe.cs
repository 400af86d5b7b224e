using System.Text.Json;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>Watches a board page from inside the browser: every change of a light's <c>data-vote</c> (with the wall-clock time it was seen), the page's WebSockets, and a marker that a reload or navigation would wipe out.</summary>
/// <remarks>
/// The script is added to the context before the page loads, so it sees the lights as the parser
/// inserts them and wraps <c>WebSocket</c> before Blazor opens its circuit's connection.
/// </remarks>
public sealed class BoardProbe(IPage page)
{
    public const string Script = """
        (() => {
          if (window.__plenary) return;
          const probe = window.__plenary = { sockets: [], socketsClosed: 0, changes: [] };
          const Native = window.WebSocket;
          window.WebSocket = class extends Native {
            constructor(...args) {
              super(...args);
              probe.sockets.push(this);
              this.addEventListener('close', () => probe.socketsClosed++);
            }
          };
          const record = li => probe.changes.push({ state: li.dataset.state, vote: li.dataset.vote, at: performance.timeOrigin + performance.now() });
          new MutationObserver(records => {
            for (const r of records) {
              if (r.type === 'attributes') {
                if (r.target.matches('li[data-state]')) record(r.target);
                continue;
              }
              for (const node of r.addedNodes) {
                if (node.nodeType !== 1) continue;
                if (node.matches('li[data-state]')) record(node);
                node.querySelectorAll('li[data-state]').forEach(record);
              }
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-vote'] });
        })();
        """;

    public IPage Page => page;

    public ILocator Board => page.GetByTestId("board");

    /// <summary>Installs the probe on every page the context opens from now on.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    public ILocator Light(string state) => page.Locator($"li[data-state='{state}']");

    /// <summary>Opens the board and sets the marker that proves, later, that the page was never reloaded.</summary>
    public async Task OpenAsync(string meeting)
    {
        await page.GotoAsync($"/meetings/{meeting}/board");
        await Assertions.Expect(Board).ToBeVisibleAsync();
        await page.EvaluateAsync("window.__marker = 1");
    }

    /// <summary>Fails if the page navigated or reloaded since <see cref="OpenAsync"/>.</summary>
    public async Task AssertNotReloadedAsync() =>
        Assert.Equal(1, await page.EvaluateAsync<int?>("window.__marker ?? null"));

    /// <summary>The values a light took, in the order the page showed them.</summary>
    public async Task<IReadOnlyList<string>> VotesShownAsync(string state) =>
        await page.EvaluateAsync<string[]>("s => window.__plenary.changes.filter(c => c.state === s).map(c => c.vote)", state);

    /// <summary>Every light change seen, with the wall-clock time (epoch milliseconds) the page saw it.</summary>
    public async Task<IReadOnlyList<LightChange>> ChangesAsync() =>
        JsonSerializer.Deserialize<LightChange[]>(await page.EvaluateAsync<string>("JSON.stringify(window.__plenary.changes)"), JsonSerializerOptions.Web)!;

    /// <summary>The number of the page's WebSockets that closed.</summary>
    public Task<int> SocketsClosedAsync() => page.EvaluateAsync<int>("window.__plenary.socketsClosed");

    /// <summary>Closes the page's open WebSockets from the page, as a dropped network would.</summary>
    public Task<int> CloseSocketsAsync() => page.EvaluateAsync<int>("""
        () => {
          const open = window.__plenary.sockets.filter(s => s.readyState <= 1);
          open.forEach(s => s.close(4000, 'dropped by the test'));
          return open.length;
        }
        """);

    /// <summary>Asserts the light's sequence of values, as the page showed them, ends with <paramref name="expected"/> in that order (other values may come between).</summary>
    public async Task AssertShownInOrderAsync(string state, params string[] expected)
    {
        var shown = await VotesShownAsync(state);
        var next = 0;
        foreach (var vote in shown)
        {
            if (next < expected.Length && vote == expected[next])
            {
                next++;
            }
        }

        Assert.True(next == expected.Length, $"{state}: the board showed [{string.Join(", ", shown)}], expected [{string.Join(", ", expected)}] in that order.");
    }
}

/// <summary>A light that changed, and when the page saw it (epoch milliseconds).</summary>
public sealed record LightChange(string State, string Vote, double At);
