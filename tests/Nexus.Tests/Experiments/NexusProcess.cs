using System.Diagnostics;

namespace Nexus.Tests.Experiments;

/// <summary>Runs the nexus program, built beside the tests, as a separate process.</summary>
internal static class NexusProcess
{
    public static (int ExitCode, string Output) Run(params string[] arguments) => RunIn(Environment.CurrentDirectory, arguments);

    /// <summary>Runs nexus with <paramref name="workingDirectory"/> as its current directory.</summary>
    public static (int ExitCode, string Output) RunIn(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nexus.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("nexus did not finish within 120 s: " + string.Join(" ", arguments));
        }
        return (process.ExitCode, output + error.Result);
    }

    public static string FingerprintIn(string output)
    {
        string? line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("fingerprint ", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, "nexus printed no fingerprint:\n" + output);
        return line!["fingerprint ".Length..];
    }
}
