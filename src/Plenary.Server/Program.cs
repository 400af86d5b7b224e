using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Plenary.Server.Accounts;
using Plenary.Server.Api;
using Plenary.Server.Components;
using Plenary.Server.Hosting;
using Plenary.Server.Live;
using Plenary.Server.Problems;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

// `dotnet run` serves from the build output in every environment (Production by default), so the
// pages' static assets (the Blazor script, scoped CSS) are found through the build's manifest too.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Chamber>();
builder.Services.AddHostedService(services => services.GetRequiredService<Chamber>());
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemsExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(options =>
{
    options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;

    // A number sent as a string is the wrong type: refused, not guessed at.
    options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
});
builder.Services.AddHealthChecks().AddCheck<ChamberReadiness>("event-log", tags: ["ready"]);
builder.Services.AddOpenApi(OpenApiDescription.Configure);
builder.Services.AddLive(builder.Configuration);
builder.Services.AddRecords();
builder.Services.AddWebApp();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebApp();
app.UseRequestBodyLimit();
app.UseAccounts();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapOpenApi();
app.MapScalarApiReference("/docs");

app.MapBodies();
app.MapStates();
app.MapSessions();
app.MapMeetings();
app.MapVotes();
app.MapDrafts();
app.MapLive();
app.MapRecords();
app.MapWebApp();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        app.Logger.LogInformation("Plenary is open at {Address}: the web app there, the API reference at {Address}/docs, a walkthrough in docs/api.md", address, address);
    }
});

await app.RunAsync();

/// <summary>The entry point, public so that tests can host the app.</summary>
public partial class Program;
