namespace Plenary.Server.Live;

/// <summary>Live updates: the in-process feed, the SignalR hub, the Server-Sent Events stream and, given <c>ConnectionStrings:Redis</c>, the Redis backplane.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        // No AddStackExchangeRedis() for the hub: the backplane hands other servers' events to this
        // server's feed, and the feed drives both its SSE watchers and its own hub clients. A SignalR
        // backplane as well would send every event to each hub client twice (once from each path) and
        // would bypass the feed's version ordering and gap filling, which SSE needs anyway.
        services.AddSignalR();
        services.AddSingleton<MeetingFeed>();
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis")))
        {
            services.AddSingleton<RedisBackplane>();
            services.AddHostedService(s => s.GetRequiredService<RedisBackplane>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id}/events", MeetingEventsStream.Follow)
            .WithTags("Meetings")
            .WithSummary("Follows a meeting's committed events as Server-Sent Events; resumes after Last-Event-ID (or ?after=N).")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapHub<MeetingHub>("/hubs/meetings");
        return app;
    }
}
