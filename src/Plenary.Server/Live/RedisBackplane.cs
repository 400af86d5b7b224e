using System.Security.Cryptography;
using System.Text.Json;
using Plenary.Infrastructure.EventLog;
using StackExchange.Redis;

namespace Plenary.Server.Live;

/// <summary>Carries committed meeting events between server processes over Redis pub/sub, so that each process's <see cref="MeetingFeed"/> serves them to its own watchers.</summary>
/// <remarks>
/// <para>
/// Used when <c>ConnectionStrings:Redis</c> is set. After a command commits, the process announces
/// its meeting events on the channel <c>Live:RedisChannel</c> (default <c>plenary:meeting-events</c>);
/// every other process hands them to its feed, which puts them in version order, drops what it
/// delivered already and reads any gap from the log. A process ignores its own announcements: its
/// feed had them first.
/// </para>
/// <para>
/// Pub/sub keeps nothing: an announcement made while a subscriber reconnects, or by a publisher cut
/// off from Redis, is gone. The log is the record, so after each reconnect, and every
/// <c>Live:CatchUpInterval</c> (default 5 s) in any case, the feed compares each watched meeting's
/// stream version in the log with what it delivered and delivers the difference from the log.
/// </para>
/// <para>
/// Redis being down never fails a command (the vote is durable before it is announced): watchers
/// then get events by the catch-up, later, and readiness reports the backplane as degraded.
/// </para>
/// </remarks>
public sealed partial class RedisBackplane(IConfiguration configuration, MeetingFeed feed, TimeProvider clock, ILogger<RedisBackplane> logger) : IHostedService, IAsyncDisposable
{
    public const string DefaultChannel = "plenary:meeting-events";

    private readonly string _origin = RandomNumberGenerator.GetHexString(16, lowercase: true);
    private readonly RedisChannel _channel = RedisChannel.Literal(configuration["Live:RedisChannel"] is { Length: > 0 } name ? name : DefaultChannel);
    private readonly TimeSpan _catchUpInterval = configuration.GetValue("Live:CatchUpInterval", TimeSpan.FromSeconds(5));
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _catchUpGate = new(1, 1);
    private ConnectionMultiplexer? _redis;
    private Task _listening = Task.CompletedTask;
    private Task _sweeping = Task.CompletedTask;

    /// <summary>True once subscribed to the channel and while the subscription's connection is up.</summary>
    public bool IsConnected => _redis is { } redis && redis.GetSubscriber().IsConnected(_channel);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_catchUpInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Live:CatchUpInterval is {_catchUpInterval}: give a positive time span such as 00:00:05.");
        }

        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration.GetConnectionString("Redis")!);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            throw new InvalidOperationException($"ConnectionStrings:Redis is not a StackExchange.Redis configuration string (such as \"127.0.0.1:6379\"): {exception.Message}", exception);
        }


        // Start and keep serving without Redis: the catch-up from the log stands in until it is back.
        options.AbortOnConnectFail = false;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        _redis.ConnectionFailed += (_, failure) => LogConnectionFailed(failure.Exception, failure.ConnectionType, failure.FailureType);
        _redis.ConnectionRestored += (_, restored) =>
        {
            LogConnectionRestored(restored.ConnectionType);
            _ = CatchUpAfterReconnectAsync();
        };

        var queue = await _redis.GetSubscriber().SubscribeAsync(_channel);
        feed.Committed += Announce;
        _listening = ListenAsync(queue, _stopping.Token);
        _sweeping = SweepAsync(_stopping.Token);
        LogStarted(_channel.ToString(), _redis.IsConnected);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        feed.Committed -= Announce;
        await _stopping.CancelAsync();
        await Task.WhenAll(_listening, _sweeping).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private void Announce(IReadOnlyList<RecordedEvent> events)
    {
        try
        {
            // Fire and forget: the command is already durable and answered without waiting for Redis;
            // an announcement lost here is made good by the catch-up from the log.
            _redis!.GetSubscriber().Publish(_channel, BackplaneMessage.From(_origin, events).ToJson(), CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            LogAnnounceFailed(exception);
        }
    }

    private async Task ListenAsync(ChannelMessageQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var message = await queue.ReadAsync(cancellationToken);
                Receive(message.Message.ToString());
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // Unsubscribed while the multiplexer closes.
        }
    }

    private void Receive(string json)
    {
        if (BackplaneMessage.IsFrom(json, _origin))
        {
            return;
        }

        try
        {
            var message = BackplaneMessage.Parse(json);
            if (message.Origin == _origin)
            {
                return;
            }

            foreach (var stream in message.Events.GroupBy(e => e.Stream, StringComparer.Ordinal))
            {
                if (LiveEvent.MeetingOf(stream.Key) is { } meeting)
                {
                    feed.Receive(meeting, [.. stream.Select(e => e.ToLive(meeting))]);
                }
            }
        }
        catch (JsonException exception)
        {
            // The meeting's next event or the catch-up fills the gap from the log.
            LogUnreadable(exception);
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_catchUpInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await CatchUpAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task CatchUpAfterReconnectAsync()
    {
        try
        {
            // Announcements are heard again only once the subscription is back; catching up before
            // that would leave a window in which one could be missed until the next sweep.
            var subscriber = _redis!.GetSubscriber();
            for (var wait = 0; wait < 50 && !subscriber.IsConnected(_channel); wait++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), clock, _stopping.Token);
            }

            await CatchUpAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _catchUpGate.WaitAsync(cancellationToken);
        try
        {
            var behind = await feed.CatchUpAsync(cancellationToken);
            if (behind > 0)
            {
                LogCaughtUp(behind);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            LogCatchUpFailed(exception);
        }
        finally
        {
            _catchUpGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis backplane on channel {Channel} (connected: {Connected})")]
    private partial void LogStarted(string channel, bool connected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection lost ({ConnectionType}, {FailureType}); live events come from the log until it is back")]
    private partial void LogConnectionFailed(Exception? exception, ConnectionType connectionType, ConnectionFailureType failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection restored ({ConnectionType}); catching up from the log")]
    private partial void LogConnectionRestored(ConnectionType connectionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce committed events on Redis; other servers catch up from the log")]
    private partial void LogAnnounceFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an unreadable backplane message; the log fills the gap")]
    private partial void LogUnreadable(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered from the log what {Count} watched meetings had not yet heard of")]
    private partial void LogCaughtUp(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catching up live events from the log failed; retrying at the next interval")]
    private partial void LogCatchUpFailed(Exception exception);
}
