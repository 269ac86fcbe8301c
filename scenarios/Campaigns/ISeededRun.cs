namespace Nexus.Scenarios.Campaigns;

/// <summary>What every judged run of a campaign world carries: its seed and its trace's fingerprint.</summary>
public interface ISeededRun
{
    /// <summary>The seed the run drew from.</summary>
    int Seed { get; }

    /// <summary>The fingerprint of its trace.</summary>
    string Fingerprint { get; }
}
