using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Plenary.Server.Tests.Accounts;

/// <summary>A browser signed in with the session cookie: its own cookie jar, and the antiforgery token it sends with writes.</summary>
internal sealed class Browser(HttpClient client) : IDisposable
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public HttpClient Client => client;

    public string? Antiforgery { get; set; }

    /// <summary>The answer to signing in, with its Set-Cookie headers.</summary>
    public HttpResponseMessage? SignInResponse { get; private set; }

    public static Browser Open(PlenaryApp app, string baseAddress = "http://localhost") =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), HandleCookies = true, AllowAutoRedirect = false }));

    public static async Task<Browser> SignInAsync(PlenaryApp app, string user, string password = PlenaryApp.DemoPassword, string baseAddress = "http://localhost")
    {
        var browser = Open(app, baseAddress);
        var (response, body) = await browser.PostAsync("/api/auth/sign-in", new { username = user, password }, withToken: false);
        response.EnsureSuccessStatusCode();
        browser.SignInResponse = response;
        browser.Antiforgery = (string)body!["antiforgery"]!["token"]!;
        return browser;
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string path, object? body = null, bool withToken = true, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }, options: PlenaryApp.Json) };
        if (withToken && Antiforgery is not null)
        {
            request.Headers.Add(AntiforgeryHeader, Antiforgery);
        }

        headers?.Invoke(request);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await ReadAsync(response));
    }

    public void Dispose() => client.Dispose();

    internal static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
