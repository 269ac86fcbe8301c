using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Detection;

/// <summary>Observes the blackboard and reports findings; the scheduler records each as a Fact.</summary>
public interface IDetector
{
    /// <summary>Findings in <paramref name="state"/>: an asset id naming the finding uniquely, and its text.</summary>
    IEnumerable<(string AssetId, string Text)> Detect(BlackboardState state);
}
