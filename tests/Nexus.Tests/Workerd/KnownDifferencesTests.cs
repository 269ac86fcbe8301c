using Nexus.Tests.Storage;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Workerd;

/// <summary>Where Cloudflare's runtime and the emulation disagree, each shown on both sides: the
/// emulation (depth 1, and depth 2 over HTTP, which share its rules) takes what workerd refuses. A
/// refusal reaches a client as the Worker's 400, which the HTTP client throws with the runtime's reason.
/// docs/storage.md lists them; if either side changes, its test fails.</summary>
[TestFixture]
public sealed class KnownDifferencesTests
{
    /// <summary>A Workers KV key is at most 512 bytes of UTF-8.</summary>
    [TestCase(StorageFixture.Depth1)]
    [TestCase(StorageFixture.Depth2Http)]
    [TestCase(StorageFixture.Workerd)]
    public void A_key_value_key_over_512_bytes(string depth) => Differs(depth, "512",
        async stores => (await stores.KeyValue.SetAsync(new string('é', 256), "fits")).IsOk && (await stores.KeyValue.SetAsync(new string('k', 513), "over")).IsOk);

    /// <summary>An R2 object name is at most 1,024 bytes.</summary>
    [TestCase(StorageFixture.Depth1)]
    [TestCase(StorageFixture.Depth2Http)]
    [TestCase(StorageFixture.Workerd)]
    public void A_blob_key_over_1024_bytes(string depth) => Differs(depth, "object name is not valid",
        async stores => (await stores.Blob.PutAsync(new string('k', 1_024), new byte[] { 1 })).IsOk && (await stores.Blob.PutAsync(new string('k', 1_025), new byte[] { 1 })).IsOk);

    /// <summary>A Durable Object's stored value (local workerd keeps it in SQLite) is at most 2 MB.</summary>
    [TestCase(StorageFixture.Depth1)]
    [TestCase(StorageFixture.Depth2Http)]
    [TestCase(StorageFixture.Workerd)]
    public void An_object_state_over_2_mb(string depth) => Differs(depth, "TOOBIG",
        async stores => (await stores.Object.PutStateAsync("small", "", new string('x', 1_000_000))).Require()
            && (await stores.Object.PutStateAsync("big", "", new string('x', 3_000_000))).Require());

    /// <summary>Runs <paramref name="write"/>: the emulation takes every write; workerd refuses the last,
    /// with a reason containing <paramref name="reason"/>.</summary>
    private static void Differs(string depth, string reason, Func<StoreSet, Task<bool>> write)
    {
        bool? taken = null;
        Exception? refused = null;
        new StorageFixture(depth).Run(async stores =>
        {
            try
            {
                taken = await write(stores);
            }
            catch (InvalidDataException error)
            {
                refused = error;
            }
        });
        if (depth == StorageFixture.Workerd)
        {
            Assert.That(refused?.Message, Does.Contain("(400)").And.Contain(reason), "workerd took a write past its limit");
        }
        else
        {
            Assert.That(taken, Is.True, "the emulation refused: " + refused?.Message);
        }
    }
}
