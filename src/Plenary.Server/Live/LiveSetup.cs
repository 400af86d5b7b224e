namespace Plenary.Server.Live;

/// <summary>Live updates: the in-process feed, the SignalR hub and the Server-Sent Events stream.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<MeetingFeed>();
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
