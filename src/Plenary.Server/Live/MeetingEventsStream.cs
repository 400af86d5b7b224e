using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Live;

/// <summary><c>GET /api/meetings/{id}/events</c>: a meeting's committed events as Server-Sent Events, resumable with <c>Last-Event-ID</c>.</summary>
public static class MeetingEventsStream
{
    /// <summary>How often a comment line keeps an idle stream open through proxies.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task Follow(
        string id,
        [FromQuery] string? after,
        Chamber chamber,
        MeetingFeed feed,
        TimeProvider clock,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var from = StartAfter(context.Request.Headers["Last-Event-ID"].ToString(), after);
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        if (!batch.Meeting(id).Opened)
        {
            throw new UnknownResource("meeting", id);
        }

        var response = context.Response;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await response.Body.FlushAsync(cancellationToken);
            using var subscription = await feed.SubscribeAsync(id, cancellationToken);
            var last = from;
            foreach (var missed in await feed.ReadAsync(id, last + 1, subscription.From, cancellationToken))
            {
                await WriteAsync(response, missed, cancellationToken);
                last = missed.Version;
            }

            await response.Body.FlushAsync(cancellationToken);
            last = Math.Max(last, subscription.From);
            using var timer = new PeriodicTimer(Heartbeat, clock);
            Task<bool>? tick = null;
            Task<bool>? ready = null;
            while (true)
            {
                tick ??= timer.WaitForNextTickAsync(cancellationToken).AsTask();
                ready ??= subscription.Reader.WaitToReadAsync(cancellationToken).AsTask();
                if (await Task.WhenAny(tick, ready) == tick)
                {
                    await tick;
                    tick = null;
                    await response.WriteAsync(": heartbeat\n\n", cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    continue;
                }

                if (!await ready)
                {
                    return;
                }

                ready = null;
                while (subscription.Reader.TryRead(out var live))
                {
                    if (live.Version <= last)
                    {
                        continue;
                    }

                    // Dropped while this watcher fell behind: the log has them.
                    foreach (var missed in await feed.ReadAsync(id, last + 1, live.Version - 1, cancellationToken))
                    {
                        await WriteAsync(response, missed, cancellationToken);
                    }

                    await WriteAsync(response, live, cancellationToken);
                    last = live.Version;
                }

                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The watcher went away.
        }
    }

    /// <summary>The version after which to start: <c>Last-Event-ID</c> when the client resumes, else <c>?after=</c>, else 0.</summary>
    internal static long StartAfter(string lastEventId, string? after)
    {
        var (name, text) = !string.IsNullOrWhiteSpace(lastEventId) ? ("Last-Event-ID", lastEventId) : ("after", after);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw InvalidInput.Field(name, "is the last stream version seen: a whole number, 0 for the whole meeting.");
    }

    private static Task WriteAsync(HttpResponse response, LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"id: {liveEvent.Version}\nevent: {liveEvent.Name}\n");
        foreach (var line in liveEvent.Data.GetRawText().Split('\n'))
        {
            message.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        }

        message.Append('\n');
        return response.WriteAsync(message.ToString(), cancellationToken);
    }
}
