using System.Globalization;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.ReferenceData;
using Plenary.Infrastructure.Resolutions;
using Plenary.Infrastructure.Scenarios;

namespace Plenary.Server.Hosting;

/// <summary>The server's one <see cref="Secretariat"/>: loads the reference data, opens the event log and, on an empty log, lays down the demo.</summary>
/// <remarks>
/// Started as a hosted service, so requests are served only once it is ready. The log is SQLite
/// (<c>ConnectionStrings:EventLog</c>, default <c>Data Source=plenary.db</c>) unless
/// <c>EventLog:Provider</c> is <c>postgres</c>. With <c>Demo:Seed</c> (default true) an empty
/// log receives the 2022 emergency special session as history and an open sandbox meeting of the
/// Assembly for today.
/// </remarks>
public sealed partial class Chamber(IConfiguration configuration, TimeProvider clock, ILogger<Chamber> logger) : IHostedService, IAsyncDisposable
{
    public const string DemoScenario = "es-11-2022.yaml";
    public const string SandboxMeeting = "sandbox";

    private IEventLog? _log;
    private Secretariat? _secretariat;

    public bool IsReady => _secretariat is not null;

    public Secretariat Secretariat => _secretariat ?? throw new InvalidOperationException("The event log is not open yet.");

    public TimeProvider Clock => clock;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = ReferenceDataLoader.LocateDataDirectory();
        var data = ReferenceDataLoader.Load(dataDirectory);
        if (!data.Succeeded)
        {
            throw new InvalidOperationException($"The reference data in {dataDirectory} did not load: {string.Join("; ", data.Errors.Take(5))}");
        }

        var resolutions = CouncilResolutions.Load(dataDirectory);
        LogDataLoaded(data.Register!.States.Count, dataDirectory);
        _log = await OpenLogAsync(cancellationToken);
        var secretariat = new Secretariat(data.Register, [Body.GeneralAssembly, Body.SecurityCouncil], _log, resolutions);
        if (await _log.HeadPositionAsync(cancellationToken) == 0 && configuration.GetValue("Demo:Seed", true))
        {
            await SeedAsync(secretariat, resolutions, cancellationToken);
        }

        await secretariat.CatchUpAsync(cancellationToken);
        _secretariat = secretariat;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_log is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private async Task<IEventLog> OpenLogAsync(CancellationToken cancellationToken)
    {
        var connection = EventLogSettings.From(configuration);
        LogOpening(connection.Describe());
        return await connection.OpenAsync(clock, cancellationToken);
    }

    private async Task SeedAsync(Secretariat secretariat, CouncilResolutions resolutions, CancellationToken cancellationToken)
    {
        var path = LocateScenario(DemoScenario);
        if (path is null)
        {
            LogNoScenario(DemoScenario);
        }
        else
        {
            var result = new ScenarioRunner(secretariat.Register, resolutions).RunFile(path);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo scenario {path} has errors: {string.Join("; ", result.Errors.Take(5))}");
            }

            var recorded = await secretariat.Log.AppendAsync(result.Appends, cancellationToken);
            LogSeeded(result.Title, recorded.Count);
        }

        var today = Today;
        var session = RegularSession.On(today).ToString(CultureInfo.InvariantCulture);
        await secretariat.ExecuteAsync(SandboxMeeting, new OpenMeeting(SandboxMeeting, BodyId.GeneralAssembly, null, today, session), cancellationToken);
        LogSandbox(SandboxMeeting, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static string? LocateScenario(string file)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "scenarios", file);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "scenarios", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} States from {Directory}")]
    private partial void LogDataLoaded(int count, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening the event log: {Log}")]
    private partial void LogOpening(string log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo scenario {File} was not found; no history imported")]
    private partial void LogNoScenario(string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the demo history '{Title}': {Count} events")]
    private partial void LogSeeded(string title, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened the sandbox meeting '{Meeting}' of the General Assembly for {Date}")]
    private partial void LogSandbox(string meeting, string date);
}
