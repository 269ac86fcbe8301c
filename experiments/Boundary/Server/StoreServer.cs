using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>A real HTTP boundary in front of a depth-2 target (<c>nexus serve</c>): Kestrel on
/// loopback, the routes of <see cref="StoreRoutes"/>, and the target's simulated code on a
/// <see cref="PacedRuntime"/>, so every request meets the profile's latency (in real time, times
/// the scale), refusals, conflicts, staleness and per-key serialization, as at depth 2 in process.
/// A request the server cannot take gets a 4xx with a JSON error and reaches nothing.</summary>
public sealed class StoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PacedRuntime _runtime;
    private readonly bool _ownsRuntime;
    private bool _stopped;

    private StoreServer(WebApplication app, PacedRuntime runtime, bool ownsRuntime, RemoteTarget target, Uri address, RequestCounts counts)
    {
        _ownsRuntime = ownsRuntime;
        Counts = counts;
        _app = app;
        _runtime = runtime;
        Target = target;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:8787/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The target behind the routes. Touch it only through <see cref="OnTargetAsync{T}"/>.</summary>
    private RemoteTarget Target { get; }

    /// <summary>How many requests were answered, by status.</summary>
    public RequestCounts Counts { get; }

    /// <summary>Starts a server for <paramref name="options"/> and returns once it listens.</summary>
    public static async Task<StoreServer> StartAsync(StoreServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runtime = new PacedRuntime(options.Seed, options.TimeScale);
        try
        {
            return await StartAsync(options, runtime, ownsRuntime: true);
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    /// <summary>Starts a server whose target runs on <paramref name="runtime"/>, which the caller keeps
    /// (and disposes after the server): code of the caller's own on that runtime, a client of the
    /// server, runs on the target's thread and may watch the target as it applies requests. The
    /// options' seed and time scale are the runtime's.</summary>
    public static Task<StoreServer> StartAsync(StoreServerOptions options, PacedRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(runtime);
        return StartAsync(options, runtime, ownsRuntime: false);
    }

    private static async Task<StoreServer> StartAsync(StoreServerOptions options, PacedRuntime runtime, bool ownsRuntime)
    {
        RemoteTarget target = await runtime.Run(() =>
        {
            var built = new RemoteTarget(runtime, options.Profile, "stores", options.Defences);
            options.Restore?.RestoreInto(built);
            return ValueTask.FromResult(built);
        });
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = StoreServerOptions.MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });
        WebApplication app = builder.Build();
        var counts = new RequestCounts();
        app.Use(async (context, next) =>
        {
            await next(context);
            counts.Add(context.Response.StatusCode);
        });
        app.UseStatusCodePages(context => StoreRoutes.WriteErrorAsync(context.HttpContext, context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => "no route " + context.HttpContext.Request.Path,
            StatusCodes.Status405MethodNotAllowed => $"method {context.HttpContext.Request.Method} not allowed on {context.HttpContext.Request.Path}",
            int status => ReasonPhrases.GetReasonPhrase(status),
        }));
        if (options.Blackboard is { } blackboard)
        {
            await BlackboardRoutes.MapAsync(app, runtime, target, blackboard);
        }
        else
        {
            StoreRoutes.Map(app, runtime, target);
        }
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = new Uri(app.Urls.Single());
        return new StoreServer(app, runtime, ownsRuntime, target, address, counts);
    }

    /// <summary>Runs <paramref name="read"/> on the target's thread: the one safe way to look at it.</summary>
    public Task<T> OnTargetAsync<T>(Func<RemoteTarget, T> read) => _runtime.Run(() => ValueTask.FromResult(read(Target)));

    private async Task StopHostAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    /// <summary>Completes when the host is asked to stop (Ctrl-C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops taking requests, lets the ones in flight finish, and returns what the stores then hold.</summary>
    public async Task<StoreSnapshot> StopAsync()
    {
        await StopHostAsync();
        return await OnTargetAsync(StoreSnapshot.Of);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await _app.DisposeAsync();
        if (_ownsRuntime)
        {
            _runtime.Dispose();
        }
    }
}
