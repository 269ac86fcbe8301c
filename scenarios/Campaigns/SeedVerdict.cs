namespace Nexus.Scenarios.Campaigns;

/// <summary>What one seed of a cell showed: the check held, or it failed at a step (the operation and
/// what went wrong), or the run proved nothing (<see cref="Vacuity"/> says why: an error, never a pass).</summary>
public sealed record SeedVerdict(int Seed, string Fingerprint, bool Holds, string? Vacuity, long? Step, string Operation, string Detail)
{
    /// <summary>"seed N, step S, OPERATION: what went wrong", the parts it has.</summary>
    public string Summary => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"seed {Seed}{(Step is long step ? $", step {step}" : "")}{(Operation.Length > 0 ? ", " + Operation : "")}: {Vacuity ?? Detail}");

    /// <summary>The check held.</summary>
    public static SeedVerdict Held(ISeededRun run) => new(run.Seed, run.Fingerprint, true, null, null, "", "");

    /// <summary>The check failed at <paramref name="step"/>.</summary>
    public static SeedVerdict Failed(ISeededRun run, long? step, string operation, string detail) =>
        new(run.Seed, run.Fingerprint, false, null, step, operation, detail);

    /// <summary>The run proved nothing.</summary>
    public static SeedVerdict Vacuous(ISeededRun run, string why) => new(run.Seed, run.Fingerprint, false, why, null, "", "");
}
