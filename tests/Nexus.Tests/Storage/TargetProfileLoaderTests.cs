using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;

namespace Nexus.Tests.Storage;

public sealed class TargetProfileLoaderTests
{
    private const string Valid = """
        name: edge
        key_value:
          latency: { distribution: lognormal, median_ms: 10, sigma: 0.5 }
          timeout_ms: 1000
          unavailable_probability: 0.001
          stale_window_ms: 60000
        blob:
          latency: { distribution: constant, value_ms: 20 }
          timeout_ms: 2000
          unavailable_probability: 0
        object:
          latency: { distribution: uniform, min_ms: 1, max_ms: 9 }
          timeout_ms: 1000
          unavailable_probability: 0
          conflict_probability: 0.01
          service_ms: 0.5
        """;

    [TestCase("cf-workers")]
    [TestCase("local")]
    public void Every_committed_profile_loads(string name)
    {
        var profile = TargetProfileLoader.Load(RepositoryPaths.Profile(name));
        Assert.That(profile.Name, Is.EqualTo(name));
    }

    [Test]
    public void A_valid_profile_gives_the_values_it_states()
    {
        var profile = TargetProfileLoader.Parse("profiles/edge.yaml", Valid);
        Assert.That(profile.KeyValueStaleWindow, Is.EqualTo(SimDuration.FromSeconds(60)));
        Assert.That(profile.Object.ConflictProbability.Value, Is.EqualTo(0.01));
        Assert.That(profile.Object.Service, Is.EqualTo(SimDuration.FromMicroseconds(500)));
        Assert.That(profile.Blob.Latency.Mean, Is.EqualTo(SimDuration.FromMilliseconds(20)));
        Assert.That(profile.ColdStart, Is.Null);
    }

    [Test]
    public void An_unknown_key_is_rejected_with_file_line_and_field()
    {
        var error = Reject(Valid.Replace("  timeout_ms: 2000", "  timeout_ms: 2000\n  retries: 3"));
        Assert.That(error.Message, Does.StartWith("profiles/edge.yaml:10: blob.retries: unknown key"));
    }

    [Test]
    public void A_negative_latency_is_rejected_with_file_line_and_field()
    {
        var error = Reject(Valid.Replace("value_ms: 20", "value_ms: -20"));
        Assert.That(error.Message, Does.StartWith("profiles/edge.yaml:8: blob.latency.value_ms: must lie in [0,"));
        Assert.That(error.Message, Does.Contain("-20"));
    }

    [TestCase("sigma: 0.5", "sigma: 5", "profiles/edge.yaml:3: key_value.latency.sigma: must lie in [1E-09, 4], got 5")]
    [TestCase("value_ms: 20", "value_ms: 86400001", "profiles/edge.yaml:8: blob.latency.value_ms: must lie in [0, 86400000], got 86400001")]
    [TestCase("timeout_ms: 2000", "timeout_ms: 1e12", "profiles/edge.yaml:9: blob.timeout_ms: must lie in [0, 86400000], got 1000000000000")]
    [TestCase("{ distribution: constant, value_ms: 20 }", "{ distribution: pareto, scale_ms: 1, shape: 0.1 }", "profiles/edge.yaml:8: blob.latency.shape: must lie in [0.5, 100], got 0.1")]
    public void A_number_beyond_what_a_profile_may_give_is_rejected_with_file_line_and_field(string from, string to, string message)
    {
        Assert.That(Reject(Valid.Replace(from, to)).Message, Does.StartWith(message));
    }

    [Test]
    public void A_probability_outside_the_unit_interval_is_rejected_with_file_line_and_field()
    {
        var error = Reject(Valid.Replace("conflict_probability: 0.01", "conflict_probability: 1.5"));
        Assert.That(error.Message, Does.StartWith("profiles/edge.yaml:15: object.conflict_probability: must lie in [0, 1], got 1.5"));
    }

    [Test]
    public void A_value_of_the_wrong_type_is_rejected_naming_it()
    {
        var error = Reject(Valid.Replace("timeout_ms: 1000\n  unavailable_probability: 0.001", "timeout_ms: soon\n  unavailable_probability: 0.001"));
        Assert.That(error.Message, Does.StartWith("profiles/edge.yaml:4: key_value.timeout_ms: expected a number, got 'soon'"));
    }

    [Test]
    public void A_missing_key_is_rejected_naming_it()
    {
        var error = Reject(Valid.Replace("  stale_window_ms: 60000\n", ""));
        Assert.That(error.Field, Is.EqualTo("key_value.stale_window_ms"));
        Assert.That(error.Message, Does.Contain("required key is missing"));
    }

    [Test]
    public void An_unknown_distribution_is_rejected_listing_the_known_ones()
    {
        var error = Reject(Valid.Replace("distribution: constant", "distribution: gamma"));
        Assert.That(error.Field, Is.EqualTo("blob.latency.distribution"));
        Assert.That(error.Message, Does.Contain("lognormal (median_ms, sigma)"));
    }

    [Test]
    public void A_profile_named_unlike_its_file_is_rejected()
    {
        var error = Assert.Throws<ConfigError>(() => TargetProfileLoader.Parse("profiles/other.yaml", Valid));
        Assert.That(error!.Message, Does.StartWith("profiles/other.yaml:1: name: must match the file name 'other'"));
    }

    [Test]
    public void Malformed_yaml_is_rejected_with_its_line()
    {
        var error = Reject(Valid.Replace("  timeout_ms: 2000", "  timeout_ms: [2000"));
        Assert.That(error.File, Is.EqualTo("profiles/edge.yaml"));
        Assert.That(error.Line, Is.GreaterThanOrEqualTo(9));
    }

    private static ConfigError Reject(string text) =>
        Assert.Throws<ConfigError>(() => TargetProfileLoader.Parse("profiles/edge.yaml", text))!;
}
