using System.Diagnostics;

namespace Nexus.Tests;

/// <summary>Runs a program as a separate process and collects what it printed.</summary>
internal static class ExternalProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>;
    /// fails the test if it has not finished within <paramref name="timeout"/>. Its output and then its errors.</summary>
    public static (int ExitCode, string Output) Run(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        (int exitCode, string output, string errors) = RunApart(program, workingDirectory, timeout, arguments);
        return (exitCode, output + errors);
    }

    /// <summary>As <see cref="Run"/>, with the standard output and the standard error apart.</summary>
    public static (int ExitCode, string Output, string Errors) RunApart(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {timeout.TotalSeconds} s: " + string.Join(" ", arguments));
        }
        return (process.ExitCode, output, error.Result);
    }
}
