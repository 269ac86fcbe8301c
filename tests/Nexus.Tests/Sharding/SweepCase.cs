using Nexus.Tests.Attacks;
using Nexus.Tests.Coyote;

namespace Nexus.Tests.Sharding;

/// <summary>One small sweep of each kind that shards, as its command line: <see cref="Arguments"/> gives
/// the arguments that write its outputs into a directory. Configs the tests need are written into
/// <c>directory</c>; every command runs from the repository's root, as a researcher's does.</summary>
internal sealed record SweepCase(string Kind, Func<string, string[]> Arguments, int ExitCode, string[] MergeArguments)
{
    public override string ToString() => Kind;

    /// <summary>Every kind of sweep: a loop sweep, a check, a campaign of each world (the exchange
    /// contract's with its spam sweep and gap report; the committed private-commerce one),
    /// a Coyote strategy study and the network traffic sweep. Their configs are written here, once: the
    /// shards of one sweep run at once, and a config rewritten while another shard reads it is another config.</summary>
    public static IReadOnlyList<SweepCase> All(string directory)
    {
        string campaign = SmallCampaign(directory), study = SmallStudy(directory);
        return
        [
            new("run", output => ["run", Path.Combine("configs", "probe-vs-full.yaml"), "--output-dir", output], 0, []),
            new("check", output => ["check", "blackboard", "--seeds", "1-9", "--defence-off", "replay-guard", "--output-dir", output], 1, []),
            new("attack", output => ["attack", campaign, "--output-dir", output, "--key", DemoKey], 0, ["--key", DemoKey]),
            new("attack-commerce", output => ["attack", Path.Combine("configs", "attacks", "private-commerce.yaml"), "--output-dir", output, "--key", DemoKey], 0, ["--key", DemoKey]),
            new("coyote-study", output => ["coyote-study", study, "--output-dir", output], 0, []),
            new("network-sweep", output => ["simulate", "network-sweep", "--seeds", "1-8", "--messages", "20", "--output", Path.Combine(output, "network-traffic.csv")], 0, []),
        ];
    }

    private static string DemoKey => RepositoryPaths.DemoSigningKey;

    /// <summary>The committed campaign on one seed, its spam sweep on two rates and one seed, its gap report on one foundation and one seed.</summary>
    private static string SmallCampaign(string directory) => Write(directory, "exchange-contract.yaml", Campaigns.SmallText());

    private static string SmallStudy(string directory) => Write(directory, "small.yaml",
        "name: small\n" +
        StrategyStudyTests.LibraryLines +
        "strategies: [random, probabilistic]\n" +
        "coyote_seeds: [1, 2]\n" +
        "iterations_max: 300\n" +
        "swarm_seeds_max: 30\n" +
        "bugs: [check-then-act-replay-guard, flush-without-arbitration]\n");

    private static string Write(string directory, string name, string text)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
