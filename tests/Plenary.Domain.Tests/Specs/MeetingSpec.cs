using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;

namespace Plenary.Domain.Tests.Specs;

/// <summary>A meeting spec: the body is the one the meeting was opened in unless <see cref="In"/> says otherwise.</summary>
public sealed class MeetingSpec : Spec<MeetingSpec, MeetingState, MeetingEvent, MeetingCommand>
{
    private Body? _body;
    private MembershipRegister _register = Builders.Register;
    private ImmutableArray<DraftState> _drafts = [];

    private MeetingSpec(IEnumerable<MeetingEvent> given)
        : base(given)
    {
    }

    public static MeetingSpec Given(params MeetingEvent[] events) => new(events);

    public MeetingSpec In(Body body)
    {
        _body = body;
        return this;
    }

    public MeetingSpec With(MembershipRegister register)
    {
        _register = register;
        return this;
    }

    /// <summary>Drafts before the body, found by their current symbol.</summary>
    public MeetingSpec WithDrafts(params DraftState[] drafts)
    {
        _drafts = [.. drafts];
        return this;
    }

    public MeetingContext Context(MeetingState state) => new(
        _body ?? (state.Body == BodyId.SecurityCouncil ? Body.SecurityCouncil : Body.GeneralAssembly),
        _register,
        symbol => _drafts.FirstOrDefault(d => string.Equals(d.Symbol, symbol, StringComparison.Ordinal)));

    protected override MeetingState Fold(IEnumerable<MeetingEvent> events) => MeetingState.Fold(events);

    protected override MeetingState Evolve(MeetingState state, MeetingEvent @event) => MeetingState.Evolve(state, @event);

    protected override ImmutableArray<MeetingEvent> Decide(MeetingState state, MeetingCommand command) =>
        MeetingDecider.Decide(state, command, Context(state));
}
