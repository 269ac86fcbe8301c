using System.Security.Cryptography;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>Canonical bytes: each field a 4-byte big-endian length then its bytes. A writer hands its
/// buffer to the next writer on its thread once used up, so a used-up writer must refuse to write and
/// two writers alive at once must never share a buffer.</summary>
public sealed class CanonicalWriterTests
{
    [Test]
    public void Fields_are_length_prefixed_big_endian()
    {
        byte[] bytes = new CanonicalWriter().Text("ab").Number(258).Bytes([9]).ToArray();
        Assert.That(bytes, Is.EqualTo(new byte[] { 0, 0, 0, 2, (byte)'a', (byte)'b', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1, 9 }));
    }

    [Test]
    public void Two_writers_alive_at_once_each_hold_their_own_fields()
    {
        new CanonicalWriter().Bytes(new byte[100_000]).ToArray(); // leaves a large buffer for the next writer
        CanonicalWriter first = new CanonicalWriter().Text("first");
        CanonicalWriter second = new CanonicalWriter().Text("second");
        first.Text("more");
        Assert.That(second.ToArray(), Is.EqualTo(new CanonicalWriter().Text("second").ToArray()));
        Assert.That(first.Sha256Hex(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(new CanonicalWriter().Text("first").Text("more").ToArray()))));
    }

    [Test]
    public void A_used_up_writer_refuses_to_write_into_the_buffer_it_handed_on()
    {
        CanonicalWriter used = new CanonicalWriter().Text("done");
        _ = used.ToArray();
        CanonicalWriter next = new CanonicalWriter().Text("next");
        Assert.That(() => used.Text("late"), Throws.InvalidOperationException);
        Assert.That(() => used.Sha256Hex(), Throws.InvalidOperationException);
        Assert.That(next.ToArray(), Is.EqualTo(new byte[] { 0, 0, 0, 4, (byte)'n', (byte)'e', (byte)'x', (byte)'t' }));
    }

    [Test]
    public void Reading_in_place_sees_the_same_bytes_as_ToArray()
    {
        byte[] copied = new CanonicalWriter().Text("x").Number(-1).ToArray();
        byte[] read = new CanonicalWriter().Text("x").Number(-1).Read(span => span.ToArray());
        Assert.That(read, Is.EqualTo(copied));
    }
}
