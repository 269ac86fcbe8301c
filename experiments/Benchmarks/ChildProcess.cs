using System.ComponentModel;
using System.Diagnostics;
using Nexus.Experiments.Cli;

namespace Nexus.Experiments.Benchmarks;

/// <summary>A program a benchmark runs beside itself (a reference implementation, git, a build of an
/// earlier commit), its standard output read whole. A program that cannot start or exits non-zero is
/// an <see cref="OptionError"/> naming the option it serves, the program and its last line of errors.</summary>
public static class ChildProcess
{
    /// <summary>The standard output of <paramref name="program"/> run with <paramref name="arguments"/>;
    /// <paramref name="option"/> names the option the run serves, for the error.</summary>
    public static string Run(string option, string program, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        string output;
        string errors;
        int exit;
        try
        {
            using Process process = Process.Start(start) ?? throw new OptionError($"{option}: '{program}' did not start");
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            errors = stderr.GetAwaiter().GetResult();
            exit = process.ExitCode;
        }
        catch (Win32Exception error)
        {
            throw new OptionError($"{option}: cannot start '{program}': {error.Message}");
        }
        if (exit != 0)
        {
            string last = LastLine(errors) ?? LastLine(output) ?? "";
            throw new OptionError($"{option}: {program} {string.Join(' ', start.ArgumentList.Take(2))} exited {exit}: {last}");
        }
        return output;
    }

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
