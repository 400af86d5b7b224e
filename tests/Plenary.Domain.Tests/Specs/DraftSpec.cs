using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;

namespace Plenary.Domain.Tests.Specs;

/// <summary>A draft spec: the body is the one the draft was submitted to (the Assembly before submission) unless <see cref="In"/> says otherwise.</summary>
public sealed class DraftSpec : Spec<DraftSpec, DraftState, DraftEvent, DraftCommand>
{
    private Body? _body;

    private DraftSpec(IEnumerable<DraftEvent> given)
        : base(given)
    {
    }

    public static DraftSpec Given(params DraftEvent[] events) => new(events);

    public DraftSpec In(Body body)
    {
        _body = body;
        return this;
    }

    protected override DraftState Fold(IEnumerable<DraftEvent> events) => DraftState.Fold(events);

    protected override DraftState Evolve(DraftState state, DraftEvent @event) => DraftState.Evolve(state, @event);

    protected override ImmutableArray<DraftEvent> Decide(DraftState state, DraftCommand command) =>
        DraftDecider.Decide(state, command, _body ?? (state.Body == BodyId.SecurityCouncil ? Body.SecurityCouncil : Body.GeneralAssembly), Builders.Register);
}
