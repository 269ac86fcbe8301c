namespace Nexus.Oracle.Loop;

/// <summary>What the propose -> verify -> correct loop needs of a world: its oracle, apply, the size of
/// its fact set (what a full consult reveals) and its divergence. The loop knows nothing else of it.</summary>
public interface ILoopWorld<TState, TAction, TDelta>
{
    /// <summary><c>O(s, a).next_state</c>: the oracle's next state (the loop never needs its delta).</summary>
    TState Next(TState state, TAction action);

    /// <summary><c>apply(s, delta)</c>.</summary>
    TState Apply(TState state, TDelta delta);

    /// <summary><c>|F(s)|</c>, the symbols a full consult reveals.</summary>
    int FactCount(TState state);

    /// <summary><c>d(a, b)</c> in [0, 1].</summary>
    double Divergence(TState a, TState b);
}
