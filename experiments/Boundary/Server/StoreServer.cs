using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>A real HTTP boundary in front of a depth-2 target (<c>nexus serve</c>): Kestrel on
/// loopback, the routes of <see cref="StoreRoutes"/>, and the target's simulated code on a
/// <see cref="PacedRuntime"/>, so every request meets the profile's latency (in real time, times
/// the scale), refusals, conflicts, staleness and per-key serialization, as at depth 2 in process.
/// A request the server cannot take gets a 4xx with a JSON error and reaches nothing. The target's
/// faults (a plan, or the seed's swarm mix) are windows on the same clock.</summary>
public sealed class StoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PacedRuntime _runtime;
    private readonly bool _ownsRuntime;
    private readonly IDisposable[] _owned;
    private bool _stopped;

    private StoreServer(WebApplication app, PacedRuntime runtime, bool ownsRuntime, RemoteTarget? target, Uri address, RequestCounts counts,
        IReadOnlyList<string> faults, IDisposable[] owned)
    {
        _ownsRuntime = ownsRuntime;
        _owned = owned;
        Counts = counts;
        _app = app;
        _runtime = runtime;
        Target = target;
        Address = address;
        Faults = faults;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:8787/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The target behind the routes (null when a blackboard's stores are another server's).
    /// Touch it only through <see cref="OnTargetAsync{T}"/>.</summary>
    private RemoteTarget? Target { get; }

    /// <summary>The target's fault windows as printed at start: the swarm's seed line when drawn, then
    /// one line per window ("faults: none" without any); empty without a plan or a swarm.</summary>
    public IReadOnlyList<string> Faults { get; }

    /// <summary>How many requests were answered, by status.</summary>
    public RequestCounts Counts { get; }

    /// <summary>Starts a server for <paramref name="options"/> and returns once it listens.</summary>
    public static async Task<StoreServer> StartAsync(StoreServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
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
        return StartAsync(options.Validate(), runtime, ownsRuntime: false);
    }

    private static async Task<StoreServer> StartAsync(StoreServerOptions options, PacedRuntime runtime, bool ownsRuntime)
    {
        (RemoteTarget? target, IReadOnlyList<string> faults) = options.Profile is { } profile
            ? await runtime.Run(() => ValueTask.FromResult(Build(options, runtime, profile)))
            : (null, []);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(options.Listen, options.Port);
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
        if (options.Token is { } token)
        {
            byte[] expected = Encoding.UTF8.GetBytes("Bearer " + token);
            app.Use((context, next) => Authorized(context, expected) ? next(context) : RefuseAsync(context));
        }
        app.UseStatusCodePages(context => StoreRoutes.WriteErrorAsync(context.HttpContext, context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => "no route " + context.HttpContext.Request.Path,
            StatusCodes.Status405MethodNotAllowed => $"method {context.HttpContext.Request.Method} not allowed on {context.HttpContext.Request.Path}",
            int status => ReasonPhrases.GetReasonPhrase(status),
        }));
        var owned = new List<IDisposable>();
        try
        {
            if (options.Blackboard is { } blackboard)
            {
                StoreSet stores = target?.Connect() ?? Remote(options.Stores!, owned);
                owned.AddRange(await BlackboardRoutes.MapAsync(app, runtime, stores, blackboard, options.Seed));
            }
            else
            {
                StoreRoutes.Map(app, runtime, target!);
            }
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            owned.ForEach(resource => resource.Dispose());
            throw;
        }
        var address = new Uri(app.Urls.Single());
        return new StoreServer(app, runtime, ownsRuntime, target, address, counts, faults, [.. owned]);
    }

    /// <summary>The target of <paramref name="profile"/>, its snapshot restored and its faults scheduled on the runtime.</summary>
    private static (RemoteTarget Target, IReadOnlyList<string> Faults) Build(StoreServerOptions options, PacedRuntime runtime, Worlds.Storage.Profiles.TargetProfile profile)
    {
        var target = new RemoteTarget(runtime, profile, StoreServerOptions.FaultTarget, options.Defences);
        options.Restore?.RestoreInto(target);
        FaultTargets targets = new FaultTargets().Add(StoreServerOptions.FaultTarget, target.Faults);
        FaultMix? mix = options.Swarm ? FaultMix.Draw(options.Seed, new SwarmRanges(), targets)
            : options.Faults is { } plan ? new FaultMix(options.Seed, null, plan)
            : null;
        if (mix is null)
        {
            return (target, []);
        }
        mix.Apply(runtime, targets);
        IReadOnlyList<string> lines = mix.Describe(null);
        // A plan's windows are its own, drawn from no seed: no seed line.
        return (target, options.Swarm ? lines : lines.Skip(1).ToArray());
    }

    /// <summary>The stores of the server at <paramref name="address"/>; the HTTP client is the server's to dispose.</summary>
    private static StoreSet Remote(Uri address, List<IDisposable> owned)
    {
        HttpClient http = ServerConnection.Open(address, token: null);
        owned.Add(http);
        return HttpStores.Connect(http, TimeSpan.FromSeconds(10));
    }

    /// <summary>True when the request carries one Authorization header equal to <paramref name="expected"/>
    /// (<c>Bearer TOKEN</c>, compared in constant time).</summary>
    private static bool Authorized(HttpContext context, byte[] expected)
    {
        string presented = context.Request.Headers.Authorization.Count == 1 ? context.Request.Headers.Authorization[0] ?? "" : "";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
    }

    /// <summary>401: the request reaches nothing.</summary>
    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return StoreRoutes.WriteErrorAsync(context, "every request needs the header Authorization: Bearer TOKEN, with the server's token");
    }

    /// <summary>Runs <paramref name="read"/> on the target's thread: the one safe way to look at it.</summary>
    public Task<T> OnTargetAsync<T>(Func<RemoteTarget, T> read) =>
        _runtime.Run(() => ValueTask.FromResult(read(Target ?? throw new InvalidOperationException("this server's stores are another server's"))));

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

    /// <summary>Stops taking requests, lets the ones in flight finish, and returns what the stores then
    /// hold (null when they are another server's).</summary>
    public async Task<StoreSnapshot?> StopAsync()
    {
        await StopHostAsync();
        return Target is null ? null : await OnTargetAsync(StoreSnapshot.Of);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await _app.DisposeAsync();
        foreach (IDisposable resource in _owned)
        {
            resource.Dispose();
        }
        if (_ownsRuntime)
        {
            _runtime.Dispose();
        }
    }
}
