using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Configuration;

namespace Nexus.Tests.Experiments;

/// <summary>A config is data from strangers: a huge or deeply nested document is refused with an error
/// naming the file and line, not a crash; whole-number fields refuse fractions; lists that name things
/// refuse duplicates.</summary>
public sealed class ConfigRobustnessTests
{
    private const string File = "configs/horizon-by-proposer.yaml";
    private static readonly string Committed = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "horizon-by-proposer.yaml"));

    private static ConfigError Reject(string text) => Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse(File, text))!;

    [Test]
    public void Fifty_kilobytes_of_nested_brackets_are_refused_with_an_error_not_a_stack_overflow()
    {
        ConfigError error = Reject("name: horizon-by-proposer\nworld: " + new string('[', 50_000));
        Assert.That(error.Message, Does.Match(@"^configs/horizon-by-proposer\.yaml:2: \(document\): nests lists and mappings deeper than 32 levels"));
    }

    [Test]
    public void A_document_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        ConfigError error = Reject(Committed + "\n# " + new string('x', ConfigSection.SizeMax));
        Assert.That(error.Message, Does.Contain("(document): is").And.Contain($"a config holds at most {ConfigSection.SizeMax}"));
    }

    [Test]
    public void A_whole_number_field_refuses_a_fraction_naming_it()
    {
        ConfigError error = Reject(Committed.Replace("steps: 24", "steps: 24.5"));
        Assert.That(error.Message, Does.Match(@"^configs/horizon-by-proposer\.yaml:\d+: rollout\.steps: expected a whole number, got '24\.5'"));
    }

    [Test]
    public void A_seed_listed_twice_is_refused_naming_it()
    {
        ConfigError error = Reject(System.Text.RegularExpressions.Regex.Replace(Committed, @"seeds: \[(\d+),", "seeds: [$1, $1,"));
        Assert.That(error.Message, Does.Contain("rollout.seeds: '").And.Contain("' is listed twice"));
    }

    [Test]
    public void A_rho_listed_twice_is_refused_naming_it()
    {
        ConfigError error = Reject(System.Text.RegularExpressions.Regex.Replace(Committed, @"rho: \[", "rho: [0.5, 0.5, "));
        Assert.That(error.Message, Does.Contain("loop.rho: '0.5' is listed twice"));
    }

    [Test]
    public void Two_proposers_with_one_label_are_refused_naming_the_label()
    {
        ConfigError error = Reject(Committed.Replace("label: oracle-backed", "label: null"));
        Assert.That(error.Message, Does.Contain("proposers: the label 'null' is used twice"));
    }
}
