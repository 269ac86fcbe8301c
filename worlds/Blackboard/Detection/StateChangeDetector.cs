using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Detection;

/// <summary>A state change: an Intent has concluded.</summary>
public sealed class StateChangeDetector : IDetector
{
    /// <inheritdoc />
    public IEnumerable<(string AssetId, string Text)> Detect(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Intents.Values.Where(intent => intent.Phase == IntentPhase.Concluded)
            .Select(intent => ($"state-change/{intent.Id}", $"intent {intent.Id} concluded as {intent.ToFact}"));
    }
}
