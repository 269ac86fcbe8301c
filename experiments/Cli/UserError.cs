using Nexus.Engine.Runtime;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Cli;

/// <summary>The one error path of every command: a mistake in what the user gave (a config, a profile,
/// a path, an output that cannot be written) becomes one line and exit code 2, never a stack trace.
/// Anything else is a bug in nexus and keeps its stack trace.</summary>
public static class UserError
{
    /// <summary>The exit code for bad input.</summary>
    public const int ExitCode = 2;

    /// <summary>The line to print for <paramref name="error"/>, or null when it is not the user's mistake.</summary>
    public static string? Describe(Exception error) => error switch
    {
        ConfigError config => config.Message,
        OptionError option => option.Message,
        FileNotFoundException { FileName: null } missing => missing.Message,
        FileNotFoundException missing => $"no such file '{missing.FileName}'",
        DirectoryNotFoundException directory => directory.Message,
        UnauthorizedAccessException denied => denied.Message,
        IOException io => io.Message,
        InvalidDataException data => data.Message,
        // A simulated process failed on what the user gave (a profile's numbers, say): that cause, in one line.
        SimulationFailure { InnerException: Exception cause } when Describe(cause) is string line => line,
        _ => null,
    };
}

