namespace Nexus.Scenarios.Configuration;

/// <summary>A config file that cannot be used: names the file, the line and the field, and says why.</summary>
public sealed class ConfigError(string file, int line, string field, string problem)
    : Exception($"{file}:{line}: {field}: {problem}")
{
    /// <summary>The file, as it was given.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line of the offending node.</summary>
    public int Line { get; } = line;

    /// <summary>The dotted path of the field, e.g. <c>key_value.latency.median_ms</c>.</summary>
    public string Field { get; } = field;
}
