namespace Nexus.Engine.Messaging;

/// <summary>A named description of a network: how each of its links behaves.</summary>
public sealed record NetworkProfile(string Name, LinkOptions Link);
