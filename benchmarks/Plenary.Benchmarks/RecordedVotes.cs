using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Benchmarks;

/// <summary>Meetings built from the real reference data and the recorded votes in <c>data/es-11/votes.csv</c>.</summary>
/// <remarks>
/// Every event comes out of <see cref="MeetingDecider"/> and is folded with <see cref="MeetingState.Evolve"/>,
/// so the benchmarks start from states the domain itself would reach.
/// </remarks>
internal static class RecordedVotes
{
    private static readonly Lazy<MembershipRegister> LazyRegister = new(LoadRegister);

    public static MembershipRegister Register => LazyRegister.Value;

    /// <summary>A context in which every draft named is tabled before the body.</summary>
    public static MeetingContext ContextFor(Body body) => new(
        body,
        Register,
        symbol => DraftState.Initial with { Symbol = symbol, OriginalSymbol = symbol, Body = body.Id, Status = DraftStatus.Tabled });

    /// <summary>The meeting after the recorded vote on <paramref name="on"/> was taken and closed, before the result is announced.</summary>
    public static MeetingState ClosedVote(MeetingContext context, DateOnly date, string on, string questionKind, string votesDocument)
    {
        var state = Apply(MeetingState.Initial, new OpenMeeting("benchmark", context.Body.Id, null, date, null), context);
        state = Apply(state, new OpenVote(on, questionKind, VoteMethod.Recorded), context);
        foreach (var (code, vote) in VotesOn(votesDocument))
        {
            state = Apply(state, new CastVote(code, vote), context);
        }

        return Apply(state, new CloseVoting(), context);
    }

    public static MeetingState Apply(MeetingState state, MeetingCommand command, MeetingContext context) =>
        MeetingDecider.Decide(state, command, context).Aggregate(state, MeetingState.Evolve);

    /// <summary>The votes cast on a document, as recorded; non-voting members (NV) cast nothing.</summary>
    private static ImmutableArray<(StateCode State, Vote Vote)> VotesOn(string document)
    {
        var path = Path.Combine(ReferenceDataLoader.LocateDataDirectory(), "es-11", "votes.csv");
        var votes = ImmutableArray.CreateBuilder<(StateCode, Vote)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length == 3 && string.Equals(fields[0], document, StringComparison.Ordinal))
            {
                Vote? vote = fields[2] switch
                {
                    "Y" => Vote.Yes,
                    "N" => Vote.No,
                    "A" => Vote.Abstain,
                    _ => null,
                };
                if (vote is { } cast)
                {
                    votes.Add((StateCode.Parse(fields[1]), cast));
                }
            }
        }

        return votes.Count > 0 ? votes.ToImmutable() : throw new InvalidOperationException($"No votes on {document} in {path}.");
    }

    private static MembershipRegister LoadRegister()
    {
        var result = ReferenceDataLoader.Load(ReferenceDataLoader.LocateDataDirectory());
        return result.Succeeded
            ? result.Register
            : throw new InvalidOperationException("Reference data did not load: " + string.Join("; ", result.Errors));
    }
}
