using System.Collections.Immutable;
using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.VoteResults;

namespace Plenary.Server.Tests.Components.VoteResults;

/// <summary>Hand-made results, a bUnit context with the app's resources, and the seeded ES-11/1 vote.</summary>
internal static class Results
{
    /// <summary>The meeting the demo history gives the vote on A/ES-11/L.1 (the fifth meeting it opens).</summary>
    public const string Es11Meeting = "GA-20220302-5";

    public static BunitContext Context(string language = "en")
    {
        var culture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        var context = new BunitContext();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        return context;
    }

    public static StateVoteRow Row(string code, Vote? vote, RegionalGroup group = RegionalGroup.None, string m49 = "", string? name = null, bool permanent = false, string? noVote = null) =>
        new(StateCode.Parse(code), name ?? code, name ?? code, vote, noVote, group, m49, permanent);

    /// <summary>A decided question with these counts (and rows, if any).</summary>
    public static VoteResult Decided(
        VoteOutcome outcome,
        int yes,
        int no,
        int abstain,
        VoteMethod method = VoteMethod.Recorded,
        string? resolution = null,
        IReadOnlyList<string>? vetoedBy = null,
        IReadOnlyList<StateVoteRow>? rows = null,
        int nonVoting = 0,
        BodyId? body = null)
    {
        var tally = Tally.Of(yes, no, abstain, nonVoting);
        var decision = new Decision(outcome, tally, 0, ImmutableArray<StateCode>.Empty, "Explained");
        return new VoteResult(
            "m-1", body ?? BodyId.GeneralAssembly, "A/80/PV.1", new DateOnly(2025, 10, 1), "80", 1, "A/80/L.1", "A title", method, true, decision, tally, resolution,
            rows ?? [], vetoedBy ?? []);
    }

    public static async Task<VoteResult> Es11Async(PlenaryApp app, string language = "en")
    {
        var view = await app.Services.GetRequiredService<MeetingWatch>().ReadAsync(Es11Meeting, Xunit.TestContext.Current.CancellationToken);
        return VoteResult.From(view!, 1, language)!;
    }
}

/// <summary>One server with the demo history for a test class.</summary>
public sealed class SeededApp : IAsyncDisposable
{
    public PlenaryApp App { get; } = new(seed: true);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
