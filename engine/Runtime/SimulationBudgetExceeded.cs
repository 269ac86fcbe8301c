using System.Globalization;
using Nexus.Engine.Time;

namespace Nexus.Engine.Runtime;

/// <summary>A run reached its step budget: runaway, or a budget set too low. Names both limits' state.</summary>
public sealed class SimulationBudgetExceeded(long stepCount, SimTime now)
    : Exception(string.Format(CultureInfo.InvariantCulture,
        "step budget exceeded: {0} events executed, virtual time {1}", stepCount, now))
{
    /// <summary>Events executed when the budget ran out.</summary>
    public long StepCount { get; } = stepCount;

    /// <summary>Virtual time when the budget ran out.</summary>
    public SimTime Now { get; } = now;
}
