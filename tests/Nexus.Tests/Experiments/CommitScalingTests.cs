using Nexus.Experiments.Benchmarks;

namespace Nexus.Tests.Experiments;

public sealed class CommitScalingTests
{
    [Test]
    public void Each_size_is_timed_once_the_state_holds_that_many_facts()
    {
        var heard = new List<string>();
        var measured = CommitScaling.Run([1_000, 2_500], 300, heard.Add);
        Assert.That(measured.Select(size => size.Facts), Is.EqualTo(new[] { 1_000, 2_500 }));
        Assert.That(measured.Select(size => size.PerCommit.EventsPerSecond), Is.All.GreaterThan(0));
        Assert.That(measured.Select(size => size.PerCommit.BytesPerEvent), Is.All.GreaterThan(0));
        Assert.That(heard, Is.EqualTo(new[] { "1,000 facts committed", "2,500 facts committed" }));
    }
}
