using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Configuration;

/// <summary>A campaign config as read: its world, and what <c>nexus attack</c> runs and writes for that world beyond the core's.</summary>
public sealed record LoadedCampaign(ICampaignWorld World, ICampaignExtras Extras);
