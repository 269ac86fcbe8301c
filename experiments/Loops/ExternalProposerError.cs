namespace Nexus.Experiments.Loops;

/// <summary>An external proposer broke the protocol: malformed output, an early exit, or no answer in time.</summary>
public sealed class ExternalProposerError(string command, long step, string problem)
    : Exception($"external proposer '{command}', step {step}: {problem}");
