using Nexus.Worlds.Blackboard.Actions;

namespace Nexus.Oracle.Blackboard;

/// <summary>The result of a conformance check: conforming over every step, or the first step where the
/// implementation and the oracle part, with the action and what differs.</summary>
public sealed record ConformanceReport(long StepsChecked, long? FailingStep, BlackboardAction? Action, string? Difference)
{
    /// <summary>True when every step conformed.</summary>
    public bool Conforms => FailingStep is null;

    /// <summary>One line for a person; a failure no finished action reported names no action.</summary>
    public override string ToString() => Conforms
        ? $"conforms at all {StepsChecked} steps"
        : Action is null ? $"step {FailingStep}: {Difference}" : $"step {FailingStep}: {Action} -> {Difference}";
}
