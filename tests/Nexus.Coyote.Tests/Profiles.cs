using Nexus.Experiments.Configuration;
using Nexus.Tests;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Coyote.Tests;

/// <summary>The committed target profiles, loaded once, outside any Coyote iteration.</summary>
internal static class Profiles
{
    public static readonly TargetProfile CloudflareWorkers = TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers"));

    public static readonly TargetProfile Local = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));
}
