using Nexus.Scenarios.Configuration;
using Nexus.Tests;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Coyote.Tests;

/// <summary>The committed target profiles, loaded once, outside any Coyote iteration.</summary>
internal static class Profiles
{
    public static readonly TargetProfile CloudflareWorkers = TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers"));

    public static readonly TargetProfile Local = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));

    /// <summary>The depths the hunts run at: 1 (in-process), 2 (behind cf-workers, where the seeded bugs are hunted).</summary>
    public static readonly StoreDepth[] HuntDepths = [StoreDepth.InProcess, StoreDepth.Behind(CloudflareWorkers)];

    /// <summary>Hunt depth <paramref name="number"/>, 1 or 2.</summary>
    public static StoreDepth HuntDepth(int number) => HuntDepths.Single(depth => depth.Number == number);
}
