using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Server.Components.Voting;

namespace Plenary.Benchmarks;

/// <summary>The vote board's first render with 193 States: the board read from the meeting, then its HTML, as a signed-out screen gets it before the page turns interactive.</summary>
/// <remarks>
/// The meeting is the Assembly's vote on A/ES-11/L.1 (2 March 2022), every recorded vote cast and
/// the voting closed, so each of the 193 lights is lit and the majority line is worked out.
/// Each render uses a fresh <see cref="HtmlRenderer"/>, as a new page would.
/// </remarks>
[MemoryDiagnoser]
public class BoardRenderBenchmarks
{
    private static readonly DateOnly Date = new(2022, 3, 2);
    private MeetingState _state = MeetingState.Initial;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var context = RecordedVotes.ContextFor(Body.GeneralAssembly);
        _state = RecordedVotes.ClosedVote(context, Date, "A/ES-11/L.1", "important", "A/RES/ES-11/1");
        _services = new ServiceCollection()
            .AddLogging()
            .AddLocalization(options => options.ResourcesPath = "Resources")
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();

        var html = FirstRender().GetAwaiter().GetResult();
        var lights = html.Split("data-state=", StringSplitOptions.None).Length - 1;
        if (lights != 195 || !html.Contains(">141</dd>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The board did not render the ES-11 vote: {lights} lights (193 Members and 2 observer States expected).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>Reading the board (193 lights with names, totals, majority) from the meeting's state.</summary>
    [Benchmark]
    public BoardModel Model() => Read();

    /// <summary>Reading the board and rendering it to HTML.</summary>
    [Benchmark]
    public async Task<string> FirstRender()
    {
        var model = Read();
        await using var renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var board = await renderer.RenderComponentAsync<VoteBoard>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(VoteBoard.Model)] = model }));
            return board.ToHtmlString();
        });
    }

    private BoardModel Read() =>
        BoardModel.From("ga-es11-5", 200, _state, RecordedVotes.Register, Body.GeneralAssembly, _ => null, "en");
}
