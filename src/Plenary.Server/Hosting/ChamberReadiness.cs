using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plenary.Server.Live;

namespace Plenary.Server.Hosting;

/// <summary>Ready once the reference data are loaded and the event log is open; with a Redis backplane, degraded while it is not subscribed.</summary>
/// <remarks>
/// Degraded, not unhealthy, without Redis: commands still commit and every watcher still gets
/// every event (from the log, by the catch-up), only later, so taking the server out of rotation
/// would lose more than it saves.
/// </remarks>
internal sealed class ChamberReadiness(Chamber chamber, RedisBackplane? backplane = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        if (!chamber.IsReady)
        {
            return HealthCheckResult.Unhealthy("Starting: the event log is not open yet.");
        }

        return backplane switch
        {
            null => HealthCheckResult.Healthy("Reference data loaded; event log open."),
            { IsConnected: true } => HealthCheckResult.Healthy("Reference data loaded; event log open; Redis backplane subscribed."),
            _ => HealthCheckResult.Degraded("Reference data loaded; event log open; Redis backplane not connected: live events reach watchers from the log, late."),
        };
    }
}
