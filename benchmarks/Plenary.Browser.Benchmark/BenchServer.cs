using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Plenary.Browser.Benchmark;

/// <summary>The whole server in this process on a real Kestrel port, on a SQLite file of its own, with the demo history and accounts: what the browser tests run against.</summary>
internal sealed class BenchServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plenary-browser-bench-").FullName;

    public BenchServer()
    {
        UseKestrel(0);
        StartServer();
        Address = ClientOptions.BaseAddress;
    }

    public Uri Address { get; }

    /// <summary>A client signed in with a bearer token of a demo account.</summary>
    public async Task<HttpClient> ApiAsync(string username, CancellationToken cancellationToken)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = "plenary-demo" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:EventLog", $"Data Source={Path.Combine(_folder, "plenary.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the folder is in /tmp.
            }
        }
    }
}
