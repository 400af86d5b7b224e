using Plenary.Load.Baseline;

// The bare counterpart of the Plenary server for the load tool's ratios: the same host, nothing else.
// `--Redis <connection string>` puts the SignalR Redis backplane under the hub.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var signalR = builder.Services.AddSignalR();
if (builder.Configuration["Redis"] is { Length: > 0 } redis)
{
    signalR.AddStackExchangeRedis(redis);
}

var app = builder.Build();
app.MapPost("/echo", BareEndpoints.Echo);
app.MapPost("/broadcast/{group}", BareEndpoints.Broadcast);
app.MapGet("/health", () => "ok");
app.MapHub<BroadcastHub>("/hubs/broadcast");
await app.RunAsync();
