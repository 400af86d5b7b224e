using System.Globalization;
using System.Net;
using System.Threading.Channels;

namespace Plenary.Server.Tests.Live;

/// <summary>One message of a Server-Sent Events stream.</summary>
internal sealed record SseMessage(long Id, string Event, string Data);

/// <summary>Follows <c>GET /api/meetings/{id}/events</c> through the test server (or a real one), handing parsed messages to a channel.</summary>
internal sealed class SseWatcher : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop;
    private readonly Channel<SseMessage> _messages = Channel.CreateUnbounded<SseMessage>();
    private readonly Task _pump;

    private SseWatcher(HttpResponseMessage response, CancellationTokenSource stop)
    {
        _response = response;
        _stop = stop;
        _pump = PumpAsync();
    }

    public static Task<SseWatcher> OpenAsync(PlenaryApp app, string path, string? lastEventId = null) =>
        OpenAsync(app.CreateClient(), path, lastEventId);

    /// <summary>Follows <paramref name="path"/> on the server <paramref name="client"/> talks to.</summary>
    public static async Task<SseWatcher> OpenAsync(HttpClient client, string path, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseWatcher(response, stop);
    }

    /// <summary>The next <paramref name="count"/> messages, failing after <paramref name="seconds"/> without them.</summary>
    public async Task<IReadOnlyList<SseMessage>> TakeAsync(int count, int seconds = 10)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        var taken = new List<SseMessage>();
        while (taken.Count < count)
        {
            taken.Add(await _messages.Reader.ReadAsync(timeout.Token));
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _pump;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task PumpAsync()
    {
        await using var body = await _response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(body);
        long? id = null;
        string? name = null;
        string? data = null;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (id is { } version && name is not null && data is not null)
                {
                    _messages.Writer.TryWrite(new SseMessage(version, name, data));
                }

                (id, name, data) = (null, null, null);
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = long.Parse(line[4..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = data is null ? line[6..] : data + "\n" + line[6..];
            }
        }

        _messages.Writer.TryComplete();
    }
}
