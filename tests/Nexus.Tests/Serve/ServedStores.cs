using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Server;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Serve;

/// <summary>A <c>nexus serve</c> target started in the test's process on a free loopback port, with a
/// client store set pointed at it; stopped, port released, when the body ends.</summary>
public static class ServedStores
{
    /// <summary>Runs <paramref name="body"/> against a server for <paramref name="options"/>.</summary>
    public static async Task WithAsync(StoreServerOptions options, Func<StoreServer, StoreSet, Task> body, TimeSpan? timeout = null)
    {
        await using StoreServer server = await StoreServer.StartAsync(options);
        using var http = new HttpClient { BaseAddress = server.Address };
        await body(server, HttpStores.Connect(http, timeout ?? TimeSpan.FromSeconds(5)));
    }

    /// <summary>The options of a server for the committed profile <paramref name="profile"/>.</summary>
    public static StoreServerOptions Options(string profile, ulong seed = 1, double timeScale = 1) =>
        new(TargetProfileLoader.Load(RepositoryPaths.Profile(profile)), Port: 0, seed, timeScale);

    /// <summary>Runs <paramref name="body"/> to its end, failing the test if it takes over a minute.</summary>
    public static void Run(Func<Task> body)
    {
        Task run = Task.Run(body);
        Assert.That(run.Wait(TimeSpan.FromMinutes(1)), Is.True, "the test body did not finish within a minute");
        run.GetAwaiter().GetResult();
    }
}
