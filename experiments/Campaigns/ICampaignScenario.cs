namespace Nexus.Experiments.Campaigns;

/// <summary>A scenario of a campaign world, as the matrix knows it: its name, and the verdict it must get
/// when the world's defences hold (one of <see cref="Verdict"/>'s).</summary>
public interface ICampaignScenario
{
    /// <summary>The scenario's name: a matrix row, a cell's subject, a replay command's <c>--scenario</c>.</summary>
    string Name { get; }

    /// <summary>The verdict it gets when every seed holds.</summary>
    string Expected { get; }
}
