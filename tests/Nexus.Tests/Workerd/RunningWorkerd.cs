using System.Collections.Concurrent;
using System.Diagnostics;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Workerd;

/// <summary>The repository's Worker (<c>cluster/workerd/worker.mjs</c>) running on Cloudflare's runtime,
/// workerd, through <c>cluster/workerd/serve.mjs</c> on a free loopback port. Tests rent one with empty
/// storage and give it back, emptied through its routes or started again with empty storage at once
/// (while the next test is being set up). It runs with <c>--stdin</c>, so it stops when the test
/// process ends, however that ends.
/// The npm packages the script needs are installed from the lockfile (<c>npm ci</c>) the first time,
/// so a fresh clone's <c>dotnet test</c> runs these tests as they are.</summary>
public sealed class RunningWorkerd
{
    private static readonly ConcurrentBag<RunningWorkerd> Idle = [];
    private static readonly Lazy<string> Directory = new(Install);

    private readonly Process _process;
    private readonly Task<string> _errors;
    private Task<string?>? _announced; // the line a start or reset prints; null once read and the Worker is ready at Address

    private RunningWorkerd()
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.Value,
        };
        start.ArgumentList.Add("serve.mjs");
        start.ArgumentList.Add("--stdin");
        _process = Process.Start(start)!;
        _errors = _process.StandardError.ReadToEndAsync();
        _announced = _process.StandardOutput.ReadLineAsync();
    }

    /// <summary>Where the Worker listens.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Runs <paramref name="body"/> against a Worker whose KV, R2 and Durable Object storage are
    /// empty; afterwards the Worker starts again, empty, for the next test.</summary>
    public static async Task WithAsync(Func<RunningWorkerd, Task> body)
    {
        RunningWorkerd worker = Rent();
        try
        {
            await body(worker);
        }
        finally
        {
            worker.Reset();
            Idle.Add(worker);
        }
    }

    /// <summary>Runs <paramref name="body"/> on a store set connected to an empty Worker. Its object store
    /// is watched (<see cref="WorkerdInspector"/>: its swaps go one at a time, as the Durable Object runs
    /// them anyway), which notes every key a swap set, so afterwards the
    /// routes themselves can empty the storage (a Worker restart costs far more); when that is more than a
    /// few keys, or the body failed, the Worker starts again instead. Storage written by anything but the
    /// given store set other than key-value keys and blobs (which are listed) would go unseen: use
    /// <see cref="WithAsync"/> for that.</summary>
    public static async Task WithStoresAsync(Func<RunningWorkerd, StoreSet, Task> body)
    {
        RunningWorkerd worker = Rent();
        bool emptied = false;
        try
        {
            using var http = new HttpClient { BaseAddress = worker.Address };
            var inspector = WorkerdInspector.Of(http);
            StoreSet stores = inspector.Watch(HttpStores.Connect(http, TimeSpan.FromSeconds(5)));
            await body(worker, stores);
            emptied = await EmptyAsync(stores, inspector.ObjectKeys(""));
        }
        finally
        {
            if (!emptied)
            {
                worker.Reset();
            }
            Idle.Add(worker);
        }
    }

    private static RunningWorkerd Rent()
    {
        RunningWorkerd worker = Idle.TryTake(out RunningWorkerd? kept) ? kept : new RunningWorkerd();
        if (worker._announced is { } line)
        {
            worker.Address = worker.ReadAddress(line);
            worker._announced = null;
        }
        return worker;
    }

    /// <summary>Deletes every key-value key and blob and swaps every object key still set back to absent,
    /// then checks the lists are empty; false (the Worker must restart) past a few dozen keys.</summary>
    private static async Task<bool> EmptyAsync(StoreSet stores, IReadOnlyCollection<string> objectKeys)
    {
        IReadOnlyList<string> keys = (await stores.KeyValue.ListAsync("")).Require();
        IReadOnlyList<string> blobs = (await stores.Blob.ListAsync("")).Require();
        if (keys.Count + blobs.Count + objectKeys.Count > 50)
        {
            return false;
        }
        foreach (string key in keys)
        {
            if (!(await stores.KeyValue.DeleteAsync(key)).IsOk)
            {
                return false;
            }
        }
        foreach (string key in blobs)
        {
            if (!(await stores.Blob.DeleteAsync(key)).IsOk)
            {
                return false;
            }
        }
        foreach (string key in objectKeys)
        {
            string held = (await stores.Object.GetStateAsync(key)).Require();
            if (held.Length > 0 && !(await stores.Object.PutStateAsync(key, held, "")).Require())
            {
                return false;
            }
        }
        return (await stores.KeyValue.ListAsync("")).Require().Count == 0 && (await stores.Blob.ListAsync("")).Require().Count == 0;
    }

    /// <summary>Starts a new Worker on the same port, its storage empty; the next <see cref="Rent"/> waits for it.</summary>
    private void Reset()
    {
        _process.StandardInput.WriteLine("reset");
        _process.StandardInput.Flush();
        _announced = _process.StandardOutput.ReadLineAsync();
    }

    private Uri ReadAddress(Task<string?> line)
    {
        if (!line.Wait(TimeSpan.FromSeconds(60)) || line.Result is not string text || !text.StartsWith("serving workerd at ", StringComparison.Ordinal))
        {
            Stop();
            throw new InvalidOperationException("cluster/workerd/serve.mjs did not start: " + (line.IsCompleted ? line.Result : "nothing within 60 s") + " " + Errors());
        }
        return new Uri(text["serving workerd at ".Length..]);
    }

    private void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    private string Errors() => _errors.Wait(TimeSpan.FromSeconds(2)) ? _errors.Result : "";

    /// <summary>The Worker's folder, its packages installed from the lockfile if they are not yet.</summary>
    private static string Install()
    {
        string directory = Path.Combine(RepositoryPaths.Root, "cluster", "workerd");
        if (!System.IO.Directory.Exists(Path.Combine(directory, "node_modules", "miniflare")))
        {
            var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process npm = Process.Start(start)!;
            Task<string> output = npm.StandardOutput.ReadToEndAsync();
            string errors = npm.StandardError.ReadToEnd();
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {directory} failed ({npm.ExitCode}): {output.Result} {errors}");
            }
        }
        return directory;
    }
}
