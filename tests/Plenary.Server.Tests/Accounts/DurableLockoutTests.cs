using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Accounts;

/// <summary>Five failed sign-ins in a row lock an account for five minutes, recorded once in the log so that a restart keeps it; the Secretariat can lift it.</summary>
public sealed class DurableLockoutTests
{
    [Fact]
    public async Task A_lockout_survives_a_restart_on_the_same_file_until_the_Secretariat_unlocks()
    {
        var directory = Directory.CreateTempSubdirectory("plenary-lockout-tests-");
        try
        {
            var file = Path.Combine(directory.FullName, "plenary.db");
            await using (var first = new PlenaryApp(file))
            {
                for (var i = 0; i < 4; i++)
                {
                    Assert.Equal("https://plenary.dev/problems/sign-in-failed", (string?)(await first.SignInAsync("delegation-fra", "wrong")).Body!["type"]);
                }

                Assert.Equal("https://plenary.dev/problems/locked-out", (string?)(await first.SignInAsync("delegation-fra", "wrong")).Body!["type"]);
                Assert.Equal(["account-created", "account-locked-out"], await AccountLog.NamesAsync(first, "delegation-fra"));
            }

            await using var second = new PlenaryApp(file);
            var (locked, problem) = await second.SignInAsync("delegation-fra", PlenaryApp.DemoPassword);
            Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
            Assert.Equal("https://plenary.dev/problems/locked-out", (string?)problem!["type"]);
            using var browser = Browser.Open(second);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/api/auth/sign-in", new { username = "delegation-fra", password = PlenaryApp.DemoPassword })).Response.StatusCode);
            var secretariat = await second.TokenAsync(PlenaryApp.Secretariat);
            var (_, listed) = await Expect(HttpStatusCode.OK, second.GetAsync("/api/accounts/delegation-fra", r => r.Headers.Authorization = new("Bearer", secretariat)));
            Assert.NotNull((string?)listed!["lockedUntil"]);

            var (_, unlocked) = await Expect(HttpStatusCode.OK, second.PostAsync("/api/accounts/delegation-fra/unlock"));

            Assert.Null((string?)unlocked!["lockedUntil"]);
            Assert.Equal(HttpStatusCode.OK, (await second.SignInAsync("delegation-fra", PlenaryApp.DemoPassword)).Response.StatusCode);
            Assert.Equal(["account-created", "account-locked-out", "account-unlocked"], await AccountLog.NamesAsync(second, "delegation-fra"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_lockout_runs_out_after_five_minutes()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        await using var app = new PlenaryApp();
        using var timed = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = timed.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(client, "wrong");
        }

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(client, PlenaryApp.DemoPassword));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(client, PlenaryApp.DemoPassword));
    }

    [Fact]
    public async Task A_name_without_an_account_locks_alike_and_writes_nothing_to_the_log()
    {
        await using var app = new PlenaryApp();
        var before = await AccountLog.NamesAsync(app);

        for (var i = 0; i < 5; i++)
        {
            await app.SignInAsync("delegation-xyz", "wrong");
        }

        var (response, body) = await app.SignInAsync("delegation-xyz", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/locked-out", (string?)body!["type"]);
        Assert.Equal(before, await AccountLog.NamesAsync(app));
    }

    [Fact]
    public async Task Wrong_access_codes_count_towards_the_lockout()
    {
        await using var app = new PlenaryApp();
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/accounts", new { username = "ukr-lead", role = "delegation", state = "UKR" }));

        for (var i = 0; i < 5; i++)
        {
            await app.PostAsync("/api/auth/redeem", new { username = "ukr-lead", accessCode = "guessed", newPassword = "Kyiv-Assembly-2022" }, user: null);
        }

        Assert.Equal(["account-created", "access-code-issued", "account-locked-out"], await AccountLog.NamesAsync(app, "ukr-lead"));
    }

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string password) =>
        (await client.PostAsJsonAsync("/api/auth/token", new { username = "delegation-fra", password }, TestContext.Current.CancellationToken)).StatusCode;

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
