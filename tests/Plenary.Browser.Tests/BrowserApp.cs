using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Plenary.Browser.Tests;

/// <summary>The whole server on a real Kestrel port (the browser needs one), on a SQLite file of its own, with the demo history and accounts.</summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "plenary-demo";

    private readonly string _folder = Directory.CreateTempSubdirectory("plenary-browser-").FullName;

    public BrowserApp()
    {
        UseKestrel(0);
        StartServer();
        Address = ClientOptions.BaseAddress;
    }

    /// <summary>Where the browser reaches the server, such as http://127.0.0.1:40123/.</summary>
    public Uri Address { get; }

    /// <summary>The absolute address of a path on the server.</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>Signs in over the API and returns a client with the bearer token, to set the scene or read what the pages should show.</summary>
    public async Task<HttpClient> ApiAsync(string username)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DemoPassword }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:EventLog", $"Data Source={Path.Combine(_folder, "plenary.db")}");

        // Every browser context signs in from the same loopback address.
        builder.UseSetting("Accounts:SignInPermitsPerMinute", "1000");
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
