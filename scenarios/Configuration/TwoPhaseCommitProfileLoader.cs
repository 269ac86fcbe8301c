using Nexus.Engine;
using Nexus.Worlds.Transactions;

namespace Nexus.Scenarios.Configuration;

/// <summary>Loads <c>configs/profiles/two-phase-commit.yaml</c> as strictly as a store profile.</summary>
public static class TwoPhaseCommitProfileLoader
{
    /// <summary>Loads the profile in <paramref name="path"/>.</summary>
    public static TwoPhaseCommitProfile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, System.IO.File.ReadAllText(path));
    }

    /// <summary>Parses <paramref name="text"/> as the profile file <paramref name="path"/>.</summary>
    public static TwoPhaseCommitProfile Parse(string path, string text)
    {
        ConfigSection root = ConfigSection.Parse(path, text);
        if (root.Text("name") != "two-phase-commit")
        {
            throw root.ErrorAt("name", "must be 'two-phase-commit'");
        }
        ConfigSection messageSection = root.Section("message");
        var message = TargetProfileLoader.Operation(messageSection, casTarget: false);
        messageSection.RejectUnknownKeys();
        var profile = new TwoPhaseCommitProfile(
            message,
            new Probability(root.Number("vote_no_probability", 0, 1)),
            DistributionConfig.Milliseconds(root, "decision_retry_ms", positive: true),
            root.Integer("decision_attempts_max", 1, 1_000_000));
        root.RejectUnknownKeys();
        return profile;
    }
}
