using Microsoft.Extensions.DependencyInjection;
using Plenary.Infrastructure.Accounts;
using Plenary.Infrastructure.EventCodec;
using Plenary.Server.Hosting;

namespace Plenary.Server.Tests.Accounts;

/// <summary>The stable names of the events in the <c>accounts</c> stream, read from the server's own log.</summary>
internal static class AccountLog
{
    public static async Task<IReadOnlyList<string>> NamesAsync(PlenaryApp app, string? username = null)
    {
        var events = await app.Services.GetRequiredService<Chamber>().Secretariat.Log.ReadStreamAsync(AccountCreated.Stream, 1, TestContext.Current.CancellationToken);
        return [.. events
            .Select(e => JsonEventCodec.Default.Encode(e.Event))
            .Where(e => username is null || e.Data.Contains($"\"username\":\"{username}\"", StringComparison.Ordinal))
            .Select(e => e.Name)];
    }
}
