namespace Nexus.Experiments.Configuration;

/// <summary>One proposer of a sweep: its label in outputs, its kind (null, oracle, noisy), and for noisy its corruption probability and seed.</summary>
public sealed record ProposerSpec(string Label, string Kind, double Probability, int Seed);
