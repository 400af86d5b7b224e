using Bunit;
using Microsoft.AspNetCore.Components;
using Plenary.Server.Components.Administration;

namespace Plenary.Server.Tests.Components.Administration;

public sealed class GateTests
{
    [Theory]
    [InlineData("delegation-ukr")]
    [InlineData("president-ga")]
    [InlineData(null)]
    public async Task Anyone_but_the_Secretariat_reads_that_only_the_Secretariat_may_use_the_pages(string? user)
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app, user);

        var cut = context.Render<SecretariatGate>(p => p.Add(g => g.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"inside\">accounts</p>"))));

        cut.WaitForAssertion(() => Assert.Contains("Only the Secretariat may use these pages.", cut.Find("[data-testid=secretariat-only]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#inside"));
        Assert.StartsWith("/sign-in?returnUrl=", cut.Find("[data-testid=secretariat-only] a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Secretariat_sees_the_content()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);

        var cut = context.Render<SecretariatGate>(p => p.Add(g => g.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"inside\">accounts</p>"))));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#inside")));
        Assert.Empty(cut.FindAll("[data-testid=secretariat-only]"));
    }
}
