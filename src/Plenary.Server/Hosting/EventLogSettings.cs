using Plenary.Infrastructure.EventLog;

namespace Plenary.Server.Hosting;

/// <summary>The log the settings name: <c>EventLog:Provider</c> (sqlite or postgres) and <c>ConnectionStrings:EventLog</c>.</summary>
internal static class EventLogSettings
{
    /// <exception cref="InvalidOperationException">The provider is neither sqlite nor postgres.</exception>
    public static EventLogConnection From(IConfiguration configuration)
    {
        var provider = configuration["EventLog:Provider"];
        if (!EventLogConnection.TryParseProvider(provider, out var parsed))
        {
            throw new InvalidOperationException($"EventLog:Provider '{provider}' is not known: use sqlite or postgres.");
        }

        return new EventLogConnection(parsed, configuration.GetConnectionString("EventLog") ?? EventLogConnection.DefaultConnectionString);
    }
}
