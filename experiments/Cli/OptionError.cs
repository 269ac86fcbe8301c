namespace Nexus.Experiments.Cli;

/// <summary>An option whose value the command cannot use (a scenario the campaign does not have, say).</summary>
internal sealed class OptionError(string message) : Exception(message);
