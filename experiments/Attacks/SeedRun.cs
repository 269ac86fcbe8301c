namespace Nexus.Experiments.Attacks;

/// <summary>What one seed of a cell showed, and what it adds to the cell's counts.</summary>
public sealed record SeedRun(SeedVerdict Verdict, int AttackerOperations, int HonestOperations, long Commits,
    int IntentsStarted, int IntentsConcluded, int Conclusions, int FalseConclusions);
