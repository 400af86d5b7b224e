using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Plenary.Server.Tests;

/// <summary>A real server process (<c>dotnet Plenary.Server.dll --urls http://127.0.0.1:PORT</c>) with settings given as environment variables; disposing kills it by its pid.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private ServerProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Name { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>What the process wrote to standard output and error so far.</summary>
    public string Output => $"--- {Name} (pid {_process.Id}) ---\n" + string.Join('\n', _output);

    /// <summary>Starts the server built beside the tests on a free loopback port; <paramref name="settings"/> are configuration keys such as <c>ConnectionStrings:Redis</c>.</summary>
    public static ServerProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var directory = ServerDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(directory, "Plenary.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(name, process, address);
        process.OutputDataReceived += (_, line) => server.Record(line.Data);
        process.ErrorDataReceived += (_, line) => server.Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until <c>/health/ready</c> answers <paramref name="status"/> (<c>Healthy</c>, <c>Degraded</c>); fails early if the process exits.</summary>
    public async Task WaitForReadinessAsync(string status = "Healthy", int seconds = 60)
    {
        var deadline = Stopwatch.StartNew();
        var last = "(no answer)";
        while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            Assert.False(_process.HasExited, $"{Name} exited with {(_process.HasExited ? _process.ExitCode : 0)} before it was {status}.\n{Output}");
            try
            {
                last = await ReadinessAsync();
                if (last == status)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{Name} was not {status} within {seconds} s (last: {last}).\n{Output}");
    }

    public async Task<string> ReadinessAsync()
    {
        using var response = await Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts JSON as a demo account and returns the answer's body; fails the test unless the status is <paramref name="expected"/>.</summary>
    public async Task<JsonNode?> PostAsync(string path, object body, HttpStatusCode expected, string? idempotencyKey = null, string user = PlenaryApp.Secretariat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: PlenaryApp.Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{Name} POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public Task<JsonNode?> BallotAsync(string meeting, string state, string vote) =>
        PostAsync($"/api/meetings/{meeting}/votes/current/ballots", new { state, vote }, HttpStatusCode.OK, $"{meeting}-{state}-{vote}");

    public async Task<JsonNode> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Name} GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A client of its own, for a test that sends many requests at once.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL: no shutdown hook, no flush, no disposal runs in the server.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            await KillAsync();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // It had exited already.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task<string> TokenAsync(string user)
    {
        if (_tokens.TryGetValue(user, out var token))
        {
            return token;
        }

        using var response = await Http.PostAsJsonAsync("/api/auth/token", new { username = user, password = PlenaryApp.DemoPassword }, PlenaryApp.Json, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{Name}: sign-in as {user}: {(int)response.StatusCode} {text}");
        return _tokens[user] = (string)JsonNode.Parse(text)!["accessToken"]!;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server's own build output, which the test project's build produces (src/Plenary.Server/bin/CONFIGURATION/TFM).</summary>
    private static string ServerDirectory()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = tests.Name;
        var configuration = tests.Parent!.Name;
        for (var directory = tests; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Plenary.Server", "bin", configuration, framework);
            if (File.Exists(Path.Combine(candidate, "Plenary.Server.dll")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Plenary.Server.dll was not found under src/Plenary.Server/bin/{configuration}/{framework} above {AppContext.BaseDirectory}.");
    }
}
