using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Tests.Storage;

public sealed class EventualKeyValueTests
{
    private static readonly SimDuration Window = SimDuration.FromSeconds(1);

    [Test]
    public void A_key_written_often_and_never_read_keeps_only_the_writes_within_its_window()
    {
        var state = new EventualKeyValue(Window, new SimRandom(7));
        long spacing = 2 * Window.Nanoseconds;
        for (int i = 0; i < 1_000; i++)
        {
            state.Write(new SimTime(i * spacing), "k", "v");
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1_000; i < 101_000; i++)
        {
            state.Write(new SimTime(i * spacing), "k", "v");
        }
        // Every earlier write is visible when the next is applied, so the history holds one pending write:
        // a history that kept every write since the last read would grow its list (megabytes here).
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(1_000));
    }

    [Test]
    public void Settling_a_write_into_the_visible_value_changes_no_read()
    {
        var random = new SimRandom(11);
        var written = new EventualKeyValue(Window, new SimRandom(3));
        var reference = new List<(long At, long VisibleAt, string Value)>();
        var draws = new SimRandom(3);
        long now = 0;
        for (int i = 0; i < 5_000; i++)
        {
            now += random.NextInt64(Window.Nanoseconds / 2);
            if (random.NextInt64(3) == 0)
            {
                // The newest write visible now, as the window's rule defines it.
                string? expected = reference.Where(write => write.VisibleAt <= now).Select(write => write.Value).LastOrDefault();
                Assert.That(written.Read(new SimTime(now), "k"), Is.EqualTo(expected), $"read {i} at {now} ns");
                continue;
            }
            string value = "v" + i;
            written.Write(new SimTime(now), "k", value);
            long visibleAt = now + draws.NextInt64(Window.Nanoseconds + 1);
            // A newer write visible no later than an older one hides it.
            reference.RemoveAll(write => write.VisibleAt >= visibleAt);
            reference.Add((now, visibleAt, value));
        }
    }
}
