using System.Collections.Immutable;

namespace Plenary.Domain.Tests.Specs;

/// <summary>Given events, when a command, then events (compared by contents) or a named procedural error.</summary>
public abstract class Spec<TSelf, TState, TEvent, TCommand>
    where TSelf : Spec<TSelf, TState, TEvent, TCommand>
    where TEvent : class
    where TCommand : class
{
    private readonly ImmutableArray<TEvent> _given;
    private TCommand? _command;

    protected Spec(IEnumerable<TEvent> given) => _given = [.. given];

    /// <summary>The state the given events fold to.</summary>
    public TState State => Fold(_given);

    public TSelf When(TCommand command)
    {
        _command = command;
        return (TSelf)this;
    }

    /// <summary>Asserts the command records exactly these events, and returns the state they lead to.</summary>
    public TState Then(params TEvent[] expected)
    {
        var state = State;
        var actual = Decide(state, Command);
        Structural.Equal(expected, actual);
        return actual.Aggregate(state, Evolve);
    }

    /// <summary>Asserts the command is refused with this code, citing a rule and saying why.</summary>
    public ProcedureViolation ThenFails(string code)
    {
        var state = State;
        var error = Assert.Throws<ProcedureViolation>(() => Decide(state, Command));
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Rule), "a violation cites the rule it applies");
        Assert.False(string.IsNullOrWhiteSpace(error.Message), "a violation says why");
        return error;
    }

    protected abstract TState Fold(IEnumerable<TEvent> events);

    protected abstract TState Evolve(TState state, TEvent @event);

    protected abstract ImmutableArray<TEvent> Decide(TState state, TCommand command);

    private TCommand Command => _command ?? throw new InvalidOperationException("Say When(command) before Then.");
}
