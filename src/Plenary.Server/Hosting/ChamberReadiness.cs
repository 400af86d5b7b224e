using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Plenary.Server.Hosting;

/// <summary>Ready once the reference data are loaded and the event log is open.</summary>
internal sealed class ChamberReadiness(Chamber chamber) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(chamber.IsReady
            ? HealthCheckResult.Healthy("Reference data loaded; event log open.")
            : HealthCheckResult.Unhealthy("Starting: the event log is not open yet."));
}
