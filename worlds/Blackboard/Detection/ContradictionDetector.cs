using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Detection;

/// <summary>A contradiction: two Facts about the same asset, of the same mime type, say different things.
/// Findings of detectors themselves (assets under detector prefixes) are not compared.</summary>
public sealed class ContradictionDetector : IDetector
{
    /// <inheritdoc />
    public IEnumerable<(string AssetId, string Text)> Detect(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var observations = state.Facts.Values.Where(fact => !OodaScheduler.IsFinding(fact.Origin.AssetId))
            .GroupBy(fact => (fact.Origin.AssetId, fact.Content.MimeType))
            .OrderBy(group => group.Key.AssetId, StringComparer.Ordinal).ThenBy(group => group.Key.MimeType, StringComparer.Ordinal);
        foreach (var group in observations)
        {
            Fact[] facts = group.OrderBy(fact => fact.Id, StringComparer.Ordinal).ToArray();
            for (int i = 1; i < facts.Length; i++)
            {
                Fact first = facts[0];
                if (!facts[i].Content.Bytes.AsSpan().SequenceEqual(first.Content.Bytes))
                {
                    yield return ($"contradiction/{first.Id}/{facts[i].Id}", $"contradiction on {group.Key.AssetId}: {first.Id} vs {facts[i].Id}");
                }
            }
        }
    }
}
