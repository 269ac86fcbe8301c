namespace Nexus.Engine.Tracing;

/// <summary>The outcome of running one simulation twice: the two fingerprints and, when they differ,
/// the first line where the traces part (1-based), with both versions of it.</summary>
public sealed record DeterminismReport(
    string FirstFingerprint,
    string SecondFingerprint,
    long EventCount,
    long? FirstDifferentLine,
    string? FirstRunLine,
    string? SecondRunLine)
{
    /// <summary>True when both runs wrote the same trace.</summary>
    public bool Identical => FirstFingerprint == SecondFingerprint;

    /// <summary>One line for a person: identical, or where the runs first differ.</summary>
    public override string ToString() => Identical
        ? $"deterministic: {EventCount} events, fingerprint {FirstFingerprint}"
        : $"NOT deterministic: runs differ first at line {FirstDifferentLine}:\n  run 1: {FirstRunLine ?? "(ended)"}\n  run 2: {SecondRunLine ?? "(ended)"}";
}
