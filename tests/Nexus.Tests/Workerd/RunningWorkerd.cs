using System.Collections.Concurrent;
using System.Diagnostics;

namespace Nexus.Tests.Workerd;

/// <summary>The repository's Worker (<c>cluster/workerd/worker.mjs</c>) running on Cloudflare's runtime,
/// workerd, through <c>cluster/workerd/serve.mjs</c> on a free loopback port. Tests rent one with empty
/// storage and give it back; a returned one starts again with empty storage at once, while the next test
/// is being set up, and idle ones are stopped when the test run ends.
/// The npm packages the script needs are installed from the lockfile (<c>npm ci</c>) the first time,
/// so a fresh clone's <c>dotnet test</c> runs these tests as they are.</summary>
public sealed class RunningWorkerd
{
    private static readonly ConcurrentBag<RunningWorkerd> Idle = [];
    private static readonly ConcurrentBag<RunningWorkerd> All = [];
    private static readonly Lazy<string> Directory = new(Install);

    private readonly Process _process;
    private readonly Task<string> _errors;
    private Task<string?> _announced;

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
        _process = Process.Start(start)!;
        _errors = _process.StandardError.ReadToEndAsync();
        _announced = _process.StandardOutput.ReadLineAsync();
    }

    static RunningWorkerd() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (RunningWorkerd worker in All)
        {
            worker.Stop();
        }
    };

    /// <summary>Where the Worker listens.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Runs <paramref name="body"/> against a Worker whose KV, R2 and Durable Object storage are empty.</summary>
    public static async Task WithAsync(Func<RunningWorkerd, Task> body)
    {
        RunningWorkerd worker = Idle.TryTake(out RunningWorkerd? kept) ? kept : Started();
        worker.Address = worker.ReadAddress();
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

    private static RunningWorkerd Started()
    {
        var worker = new RunningWorkerd();
        All.Add(worker);
        return worker;
    }

    /// <summary>Starts a new Worker on the same port, its storage empty; <see cref="ReadAddress"/> waits for it.</summary>
    private void Reset()
    {
        _process.StandardInput.WriteLine("reset");
        _process.StandardInput.Flush();
        _announced = _process.StandardOutput.ReadLineAsync();
    }

    private Uri ReadAddress()
    {
        Task<string?> line = _announced;
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
