using Nexus.Engine.Runtime;
using Nexus.Scenarios.Configuration;
using Nexus.Tests.Serve;
using Nexus.Tests.Workerd;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Storage;

/// <summary>Stores at one depth on a fresh runtime; <see cref="Run"/> executes a test body as a
/// simulated process and surfaces its assertion failures.</summary>
public sealed class StorageFixture
{
    public const string Depth1 = "depth-1";
    public const string Depth2Local = "depth-2-local";

    /// <summary>Depth 2 under <c>local</c> through a real <c>nexus serve</c> on loopback.</summary>
    public const string Depth2Http = "depth-2-http-local";

    /// <summary>Depth 3: the repository's Worker on Cloudflare's own runtime (workerd), over HTTP.</summary>
    public const string Workerd = "workerd";

    public static readonly string[] ContractDepths = [Depth1, Depth2Local, Depth2Http, Workerd];

    private readonly string _depth;

    /// <summary>Stores at <paramref name="depth"/>, one of <see cref="ContractDepths"/>; any other name is an error, not a profile.</summary>
    public StorageFixture(string depth, ulong seed = 1)
        : this(depth, seed, depth switch
        {
            Depth1 or Depth2Http or Workerd => null,
            Depth2Local => "local",
            _ => throw new ArgumentException($"unknown depth '{depth}' (known: {string.Join(", ", ContractDepths)})", nameof(depth)),
        })
    {
    }

    private StorageFixture(string depth, ulong seed, string? profile)
    {
        _depth = depth;
        Runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 50_000_000 });
        Stores = profile is null
            ? depth == Depth1 ? StoreSet.InProcess() : null!
            : StoreSet.Remote(Runtime, TargetProfileLoader.Load(RepositoryPaths.Profile(profile)));
    }

    /// <summary>Depth-2 stores under the committed profile <paramref name="profile"/> (configs/profiles/NAME.yaml).</summary>
    public static StorageFixture WithProfile(string profile, ulong seed) => new("depth-2-" + profile, seed, profile);

    public VirtualRuntime Runtime { get; }

    public StoreSet Stores { get; }

    /// <summary>Runs <paramref name="body"/> to completion on the virtual clock, or against a server
    /// started for it.</summary>
    public void Run(Func<StoreSet, Task> body)
    {
        if (_depth == Depth2Http)
        {
            ServedStores.Run(() => ServedStores.WithAsync(ServedStores.Options("local"), (_, stores) => body(stores)));
            return;
        }
        if (_depth == Workerd)
        {
            ServedStores.Run(() => RunningWorkerd.WithStoresAsync((_, stores) => body(stores)));
            return;
        }
        Task task = Runtime.Spawn("test", () => body(Stores));
        try
        {
            Runtime.RunToCompletion();
        }
        catch (SimulationFailure failure) when (failure.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure.InnerException).Throw();
        }
        Assert.That(task.IsCompletedSuccessfully, Is.True, "the test body did not finish");
    }
}
