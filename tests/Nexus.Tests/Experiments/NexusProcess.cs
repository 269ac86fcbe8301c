namespace Nexus.Tests.Experiments;

/// <summary>Runs the nexus program, built beside the tests, as a separate process.</summary>
internal static class NexusProcess
{
    public static (int ExitCode, string Output) Run(params string[] arguments) => RunIn(Environment.CurrentDirectory, arguments);

    /// <summary>Runs nexus with <paramref name="workingDirectory"/> as its current directory.</summary>
    public static (int ExitCode, string Output) RunIn(string workingDirectory, params string[] arguments) =>
        ExternalProcess.Run("dotnet", workingDirectory, TimeSpan.FromSeconds(120), [Path.Combine(AppContext.BaseDirectory, "nexus.dll"), .. arguments]);

    public static string FingerprintIn(string output)
    {
        string? line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("fingerprint ", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, "nexus printed no fingerprint:\n" + output);
        return line!["fingerprint ".Length..];
    }
}
