namespace Plenary.Server.Hosting;

/// <summary>The read models of decisions and recorded votes, kept current by <see cref="RecordsKeeper"/>.</summary>
public static class RecordsSetup
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddSingleton<RecordsKeeper>();
        services.AddHostedService(s => s.GetRequiredService<RecordsKeeper>());
        return services;
    }
}
