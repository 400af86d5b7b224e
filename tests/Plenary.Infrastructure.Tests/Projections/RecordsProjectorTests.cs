using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Projections;

namespace Plenary.Infrastructure.Tests.Projections;

/// <summary>The projector alone, events in and rows out, on the 2022 story.</summary>
public sealed class RecordsProjectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_ES_11_story_gives_three_decisions_and_resolution_ES_11_1_adopted_141_5_35()
    {
        var (changes, _) = await ProjectAsync();

        var decisions = changes.OfType<DecisionTaken>().Select(d => d.Decision).ToList();
        Assert.Equal(["S/2022/155", "S/2022/160", "A/ES-11/L.1"], decisions.Select(d => d.On));
        var es11 = decisions[2];
        Assert.Equal(("GA", new DateOnly(2022, 3, 2), "important", "recorded", "adopted"), (es11.Body, es11.Date, es11.Kind, es11.Method, es11.Outcome));
        Assert.Equal((141, 5, 35, 12), (es11.Yes, es11.No, es11.Abstain, es11.NonVoting));
        Assert.Equal(("two-thirds", 98), (es11.Majority, es11.Required));
        Assert.Equal(("A/ES-11/PV.5", "ES-11"), (es11.MeetingSymbol, es11.Session));
        var numbered = Assert.Single(changes.OfType<ResolutionGiven>(), r => r.Meeting == es11.Meeting && r.Question == es11.Question);
        Assert.Equal("A/RES/ES-11/1", numbered.Resolution);
    }

    [Fact]
    public async Task The_Council_veto_names_the_Russian_Federation_and_gets_no_resolution()
    {
        var (changes, _) = await ProjectAsync();

        var veto = changes.OfType<DecisionTaken>().First().Decision;
        Assert.Equal(("SC", "vetoed", "RUS"), (veto.Body, veto.Outcome, veto.VetoedBy));
        Assert.Equal((11, 1, 3, 0, 9), (veto.Yes, veto.No, veto.Abstain, veto.NonVoting, veto.Required));
        Assert.DoesNotContain(changes.OfType<ResolutionGiven>(), r => r.Meeting == veto.Meeting && r.Question == veto.Question);
        var procedural = changes.OfType<DecisionTaken>().ElementAt(1).Decision;
        Assert.Equal("S/RES/2623 (2022)", Assert.Single(changes.OfType<ResolutionGiven>(), r => r.Meeting == procedural.Meeting).Resolution);
    }

    [Fact]
    public async Task Ukraine_voted_yes_and_the_Russian_Federation_no_on_ES_11_1_and_every_member_has_a_row()
    {
        var (changes, _) = await ProjectAsync();

        var es11 = changes.OfType<DecisionTaken>().Single(d => d.Decision.On == "A/ES-11/L.1");
        Assert.Equal(193, es11.Votes.Length);
        Assert.Equal("yes", VoteOf(es11, "UKR"));
        Assert.Equal("no", VoteOf(es11, "RUS"));
        Assert.Equal("abstain", VoteOf(es11, "CHN"));
        Assert.Equal(
            (141, 5, 35, 12),
            (Count(es11, "yes"), Count(es11, "no"), Count(es11, "abstain"), Count(es11, "non-voting")));
        var veto = changes.OfType<DecisionTaken>().First();
        Assert.Equal(15, veto.Votes.Length);
        Assert.Equal("no", VoteOf(veto, "RUS"));
        Assert.Equal("yes", VoteOf(veto, "USA"));
    }

    [Fact]
    public async Task One_event_at_a_time_gives_the_same_changes_as_the_whole_log_at_once()
    {
        var (whole, events) = await ProjectAsync();

        var projector = RecordsProjector.Initial;
        var single = new List<RecordsChange>();
        foreach (var e in events)
        {
            projector = projector.Apply(e, single);
        }

        Assert.Equal(Flatten(whole), Flatten(single));
        Assert.Equal(events[^1].Position, projector.Position);
    }

    [Fact]
    public async Task However_the_log_is_cut_into_batches_the_changes_are_those_of_the_whole_log()
    {
        var (whole, events) = await ProjectAsync();
        var expected = Flatten(whole);

        Prop.ForAll(
                Arb.From(Gen.Choose(1, events.Count - 1).ListOf().Select(cuts => cuts.Distinct().Order().ToList())),
                cuts =>
                {
                    var projector = RecordsProjector.Initial;
                    var changes = new List<RecordsChange>();
                    var start = 0;
                    foreach (var end in cuts.Append(events.Count))
                    {
                        projector = projector.Apply(events.Skip(start).Take(end - start), changes);
                        start = end;
                    }

                    return Flatten(changes).SequenceEqual(expected);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task An_event_already_applied_changes_nothing()
    {
        var (_, events) = await ProjectAsync();
        var changes = new List<RecordsChange>();
        var projector = RecordsProjector.Initial.Apply(events, changes);

        var again = new List<RecordsChange>();
        var after = projector.Apply(events, again);

        Assert.Empty(again);
        Assert.Same(projector, after);
    }

    internal static async Task<(List<RecordsChange> Changes, IReadOnlyList<RecordedEvent> Events)> ProjectAsync()
    {
        var log = new InMemoryEventLog(new FakeTimeProvider(new DateTimeOffset(2022, 3, 2, 12, 0, 0, TimeSpan.Zero)));
        await Es11Log.WriteAsync(log, null, Ct);
        var events = await log.ReadAllAsync(1, int.MaxValue, Ct);
        var changes = new List<RecordsChange>();
        RecordsProjector.Initial.Apply(events, changes);
        return (changes, events);
    }

    private static string VoteOf(DecisionTaken decision, string state) => decision.Votes.Single(v => v.State == state).Vote;

    private static int Count(DecisionTaken decision, string vote) => decision.Votes.Count(v => v.Vote == vote);

    // ImmutableArray compares by reference: compare what the rows say.
    private static List<string> Flatten(IEnumerable<RecordsChange> changes) =>
    [
        .. changes.SelectMany(c => c switch
        {
            DecisionTaken d => [d.Decision.ToString(), .. d.Votes.Select(v => v.ToString())],
            _ => new[] { c.ToString()! },
        }),
    ];
}
