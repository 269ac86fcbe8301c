namespace Nexus.Experiments.Configuration;

/// <summary>One proposer of a sweep: its label in outputs and its kind (null, oracle, rules, noisy,
/// learned, external); for noisy its corruption probability and seed; for learned its training seeds; for external the command that starts it
/// and how long one answer may take.</summary>
public sealed record ProposerSpec(string Label, string Kind, double Probability, int Seed)
{
    /// <summary>The program and its arguments, for an external proposer.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>How many seeds (from <see cref="Seed"/> on) a learned proposer trains on, each driver's rollout per seed.</summary>
    public int TrainingSeeds { get; init; }

    /// <summary>Steps of each training rollout of a learned proposer.</summary>
    public int TrainingSteps { get; init; }

    /// <summary>How long one answer of an external proposer may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
