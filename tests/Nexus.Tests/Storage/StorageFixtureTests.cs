namespace Nexus.Tests.Storage;

/// <summary>The contract suite's fixture refuses a depth it does not know instead of guessing one.</summary>
public sealed class StorageFixtureTests
{
    [Test]
    public void An_unknown_depth_is_an_error_naming_the_known_ones_not_a_profile_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new StorageFixture("cf-workers"));
        Assert.That(error!.Message, Does.StartWith("unknown depth 'cf-workers' (known: depth-1, depth-2-local, depth-2-http-local, workerd)"));
    }
}
