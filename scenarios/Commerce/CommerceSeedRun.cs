using Nexus.Scenarios.Campaigns;

namespace Nexus.Scenarios.Commerce;

/// <summary>A private-commerce run as the campaign core knows it: its seed and its trace's fingerprint.</summary>
public sealed record CommerceSeedRun(int Seed, string Fingerprint) : ISeededRun;
