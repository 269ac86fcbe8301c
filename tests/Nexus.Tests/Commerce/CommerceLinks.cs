using Nexus.Engine.Messaging;
using Nexus.Scenarios.Configuration;

namespace Nexus.Tests.Commerce;

/// <summary>The private-commerce world's depth-2 links, read from the committed cf-workers profile.</summary>
internal static class CommerceLinks
{
    public static LinkOptions Network { get; } = TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers")).Network!;
}
