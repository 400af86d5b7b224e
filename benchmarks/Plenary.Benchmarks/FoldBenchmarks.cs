using BenchmarkDotNet.Attributes;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;

namespace Plenary.Benchmarks;

/// <summary>Rebuilding a meeting's state from 1,000,000 events. Target: at least 2 million events per second on one core.</summary>
/// <remarks>
/// The stream is a long General Assembly meeting: opened, then cycles of a recorded vote on a new
/// draft (important and other questions in turn) with every one of the 193 Members voting, six
/// delegations changing their vote before the lock, voting closed and the result announced. The
/// events come from <see cref="MeetingDecider"/>, so the stream is one the domain accepts. The
/// last cycle is cut off at exactly <see cref="EventCount"/> events.
/// </remarks>
[MemoryDiagnoser]
public class FoldBenchmarks
{
    public const int EventCount = 1_000_000;

    private const int ChangesPerVote = 6;

    private MeetingEvent[] _events = [];

    [GlobalSetup]
    public void Setup() => _events = Stream();

    /// <summary>Time per event: BenchmarkDotNet divides by <see cref="EventCount"/>.</summary>
    [Benchmark(OperationsPerInvoke = EventCount)]
    public MeetingState Fold() => MeetingState.Fold(_events);

    private static MeetingEvent[] Stream()
    {
        // 10 May 2024 (ES-10/23): no Member had lost its vote under Article 19 in the data that year.
        var date = new DateOnly(2024, 5, 10);
        var context = RecordedVotes.ContextFor(Body.GeneralAssembly);
        var random = new Random(20240510);
        var events = new List<MeetingEvent>(EventCount + 1000);
        var state = MeetingState.Initial;

        void Record(MeetingCommand command)
        {
            foreach (var @event in MeetingDecider.Decide(state, command, context))
            {
                events.Add(@event);
                state = MeetingState.Evolve(state, @event);
            }
        }

        Record(new OpenMeeting("A/78/PV.bench", BodyId.GeneralAssembly, "A/78/PV.bench", date, "78"));
        for (var n = 1; events.Count < EventCount; n++)
        {
            Record(new OpenVote($"A/78/L.{n}", n % 2 == 0 ? "important" : "other", VoteMethod.Recorded));
            var question = state.Current!;
            var voters = question.Members.Where(m => !question.CannotVote.ContainsKey(m)).ToArray();
            foreach (var member in voters)
            {
                Record(new CastVote(member, AnyVote(random)));
            }

            for (var i = 0; i < ChangesPerVote; i++)
            {
                var member = voters[random.Next(voters.Length)];
                var before = state.Current!.BallotOf(member);
                Record(new CastVote(member, (Vote)(((int)before!.Value + 1 + random.Next(2)) % 3)));
            }

            Record(new CloseVoting());
            Record(new AnnounceResult());
        }

        return [.. events.Take(EventCount)];
    }

    // Roughly the shape of recent Assembly votes: most in favour, a fifth abstaining, a few against.
    private static Vote AnyVote(Random random) => random.Next(100) switch
    {
        < 72 => Vote.Yes,
        < 80 => Vote.No,
        _ => Vote.Abstain,
    };
}
