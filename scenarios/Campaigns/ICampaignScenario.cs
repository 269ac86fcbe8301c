namespace Nexus.Scenarios.Campaigns;

/// <summary>A scenario of a campaign world, as the matrix knows it: its name, the verdict it must get
/// when the world's defences hold (one of <see cref="Verdict"/>'s), and its adversaries.</summary>
public interface ICampaignScenario
{
    /// <summary>The scenario's name: a matrix row, a cell's subject, a replay command's <c>--scenario</c>.</summary>
    string Name { get; }

    /// <summary>The verdict it gets when every seed holds.</summary>
    string Expected { get; }

    /// <summary>The agents it adds to the world's honest ones, by role.</summary>
    IReadOnlyList<AgentGroup> Adversaries { get; }
}
