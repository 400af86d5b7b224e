using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;

namespace Plenary.Domain.Tests.Specs;

/// <summary>A spec for a body's record (sessions, requests, resolution symbols, veto debates); the Assembly's unless <see cref="In"/> says otherwise.</summary>
public sealed class BodyRecordSpec : Spec<BodyRecordSpec, BodyRecordState, BodyRecordEvent, BodyRecordCommand>
{
    private Body _body = Body.GeneralAssembly;

    private BodyRecordSpec(IEnumerable<BodyRecordEvent> given)
        : base(given)
    {
    }

    public static BodyRecordSpec Given(params BodyRecordEvent[] events) => new(events);

    public BodyRecordSpec In(Body body)
    {
        _body = body;
        return this;
    }

    protected override BodyRecordState Fold(IEnumerable<BodyRecordEvent> events) => BodyRecordState.Fold(events);

    protected override BodyRecordState Evolve(BodyRecordState state, BodyRecordEvent @event) => BodyRecordState.Evolve(state, @event);

    protected override ImmutableArray<BodyRecordEvent> Decide(BodyRecordState state, BodyRecordCommand command) =>
        BodyRecordDecider.Decide(state, command, _body);
}
