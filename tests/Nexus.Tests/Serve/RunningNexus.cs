using System.Diagnostics;

namespace Nexus.Tests.Serve;

/// <summary>A nexus process that keeps running (a server, or a client waiting for its cue): lines in
/// and out, Ctrl-C, and on dispose no process left behind.</summary>
internal sealed class RunningNexus : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    public RunningNexus(params string[] arguments)
    {
        // As from a terminal: a process whose parent ignores SIGINT (a background job of a script, say)
        // inherits that, and could not be stopped with Ctrl-C at all; env restores the default.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nexus.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start)!;
        _errors = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>nexus serve</c> with <paramref name="arguments"/> on a free port and returns once it listens.</summary>
    public static (RunningNexus Server, Uri Address) Serve(params string[] arguments)
    {
        var server = new RunningNexus(["serve", "--port", "0", .. arguments]);
        string line = server.ReadLine();
        int at = line.IndexOf(" at http://", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "nexus serve did not say where it listens: " + line);
        return (server, new Uri(line[(at + 4)..line.IndexOf(' ', at + 4)]));
    }

    /// <summary>The next line of standard output; fails the test after 30 s without one.</summary>
    public string ReadLine()
    {
        Task<string?> line = _process.StandardOutput.ReadLineAsync();
        Assert.That(line.Wait(TimeSpan.FromSeconds(30)), Is.True, "nexus printed nothing within 30 s");
        return line.Result ?? throw new AssertionException("nexus ended its output; errors: " + Errors());
    }

    /// <summary>Writes <paramref name="line"/> to standard input.</summary>
    public void WriteLine(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    /// <summary>Sends SIGINT, as Ctrl-C does.</summary>
    public void Interrupt()
    {
        using Process kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to exit (30 s at most) and returns its exit code and the rest of its output.</summary>
    public (int ExitCode, string Output) WaitForExit()
    {
        Task<string> rest = _process.StandardOutput.ReadToEndAsync();
        Assert.That(_process.WaitForExit(30_000), Is.True, "nexus did not exit within 30 s");
        return (_process.ExitCode, rest.Result + Errors());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private string Errors() => _errors.Wait(TimeSpan.FromSeconds(5)) ? _errors.Result : "";
}
