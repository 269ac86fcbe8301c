using Nexus.Engine.Runtime;
using Nexus.Experiments.Configuration;
using Nexus.Tests.Serve;
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

    public static readonly string[] ContractDepths = [Depth1, Depth2Local, Depth2Http];

    private readonly string _depth;

    public StorageFixture(string depth, ulong seed = 1, string? profile = null)
    {
        _depth = depth;
        Runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 50_000_000 });
        Stores = depth switch
        {
            Depth1 => StoreSet.InProcess(),
            Depth2Http => null!,
            Depth2Local => StoreSet.Remote(Runtime, TargetProfileLoader.Load(RepositoryPaths.Profile("local"))),
            _ => StoreSet.Remote(Runtime, TargetProfileLoader.Load(RepositoryPaths.Profile(profile ?? depth))),
        };
    }

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
