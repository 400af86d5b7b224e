using Bunit;

namespace Plenary.Server.Tests.Components.Administration;

/// <summary>A bUnit context on a running <see cref="PlenaryApp"/>: its Chamber, feed and accounts, with a demo account (or nobody) signed in.</summary>
internal static class SecretariatScene
{
    public static Task<BunitContext> ContextAsync(PlenaryApp app, string? username = PlenaryApp.Secretariat) =>
        ServerBunit.CreateAsync(app, username);
}
