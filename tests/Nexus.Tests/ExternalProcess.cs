using System.Diagnostics;

namespace Nexus.Tests;

/// <summary>Runs a program as a separate process and collects what it printed.</summary>
internal static class ExternalProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>;
    /// a <see cref="TimeoutException"/> (which fails the test) if it has not finished within
    /// <paramref name="timeout"/>, after killing it. Its output and then its errors.</summary>
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
        // Both streams are read in the background and the wait is bounded: a program that hangs with its
        // output open is killed at the timeout instead of holding the test (and CI) forever.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds} s and was killed: " +
                string.Join(" ", arguments) + "\nit printed:\n" + output.Result + error.Result);
        }
        process.WaitForExit(); // after a bounded wait, this one lets the output readers drain
        return (process.ExitCode, output.Result, error.Result);
    }
}
