using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Problems;

namespace Plenary.Server.Tests;

public sealed class ConflictTests
{
    [Fact]
    public async Task A_write_from_another_process_in_between_is_409_concurrent_change()
    {
        await using var app = new PlenaryApp();
        var handler = ActivatorUtilities.CreateInstance<ProblemsExceptionHandler>(app.Services);
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context, new ConcurrencyConflict("meeting-ga", 3, 4), TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal((int)HttpStatusCode.Conflict, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var body = JsonNode.Parse(context.Response.Body);
        Assert.Equal("https://plenary.dev/problems/concurrent-change", (string?)body!["type"]);
    }
}
