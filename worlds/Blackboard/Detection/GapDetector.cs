using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Detection;

/// <summary>A gap: an Intent cites a Fact the blackboard does not hold.</summary>
public sealed class GapDetector : IDetector
{
    /// <inheritdoc />
    public IEnumerable<(string AssetId, string Text)> Detect(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (Intent intent in state.Intents.Values)
        {
            foreach (string cited in intent.FromFacts.Where(id => !state.Facts.ContainsKey(id)).Distinct().Order(StringComparer.Ordinal))
            {
                yield return ($"gap/{intent.Id}/{cited}", $"gap: intent {intent.Id} cites {cited}, which is not on the blackboard");
            }
        }
    }
}
