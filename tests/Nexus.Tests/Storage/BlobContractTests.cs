using Nexus.Worlds.Storage;

namespace Nexus.Tests.Storage;

[TestFixtureSource(typeof(StorageFixture), nameof(StorageFixture.ContractDepths))]
public sealed class BlobContractTests(string depth)
{
    private void Run(Func<IBlobStore, Task> body) => new StorageFixture(depth).Run(stores => body(stores.Blob));

    [Test]
    public void Put_then_get_returns_the_bytes() => Run(async blobs =>
    {
        await blobs.PutAsync("b", new byte[] { 1, 2, 3 });
        Assert.That((await blobs.GetAsync("b")).Require(), Is.EqualTo(new byte[] { 1, 2, 3 }));
    });

    [Test]
    public void Get_of_a_missing_blob_is_null() => Run(async blobs =>
        Assert.That((await blobs.GetAsync("nope")).Require(), Is.Null));

    [Test]
    public void Put_replaces_the_previous_blob() => Run(async blobs =>
    {
        await blobs.PutAsync("b", new byte[] { 1 });
        await blobs.PutAsync("b", new byte[] { 2, 2 });
        Assert.That((await blobs.GetAsync("b")).Require(), Is.EqualTo(new byte[] { 2, 2 }));
    });

    [Test]
    public void An_empty_blob_is_stored_and_read_back_empty() => Run(async blobs =>
    {
        await blobs.PutAsync("b", ReadOnlyMemory<byte>.Empty);
        Assert.That((await blobs.GetAsync("b")).Require(), Is.Empty);
    });

    [Test]
    public void Delete_removes_the_blob_and_deleting_a_missing_one_succeeds() => Run(async blobs =>
    {
        await blobs.PutAsync("b", new byte[] { 1 });
        Assert.That((await blobs.DeleteAsync("b")).IsOk, Is.True);
        Assert.That((await blobs.GetAsync("b")).Require(), Is.Null);
        Assert.That((await blobs.DeleteAsync("b")).IsOk, Is.True);
    });

    /// <summary>R2 lists a thousand keys a page; the wire answers every key at once.</summary>
    [Test]
    public void List_returns_every_key_past_a_page_of_a_thousand() => Run(async blobs =>
    {
        string[] keys = [.. Enumerable.Range(0, 1_001).Select(i => "p/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))];
        foreach (string key in keys.Reverse())
        {
            await blobs.PutAsync(key, new byte[] { 1 });
        }
        await blobs.PutAsync("q", new byte[] { 1 });
        Assert.That((await blobs.ListAsync("p/")).Require(), Is.EqualTo(keys));
    });

    [Test]
    public void List_returns_keys_with_the_prefix_in_ordinal_order() => Run(async blobs =>
    {
        // By UTF-16 code unit: the emoji (0xD83D...) before the fullwidth letter (0xFF21), though R2 lists by UTF-8 bytes.
        foreach (string key in new[] { "blob/b", "blob/\uFF21", "blob/a", "other", "blob/\U0001F600", "blob/A" })
        {
            await blobs.PutAsync(key, new byte[] { 0 });
        }
        Assert.That((await blobs.ListAsync("blob/")).Require(), Is.EqualTo(new[] { "blob/A", "blob/a", "blob/b", "blob/\U0001F600", "blob/\uFF21" }));
    });

    [Test]
    public void Changing_the_buffer_after_put_does_not_change_the_stored_blob() => Run(async blobs =>
    {
        byte[] buffer = [1, 2, 3];
        await blobs.PutAsync("b", buffer);
        buffer[0] = 9;
        Assert.That((await blobs.GetAsync("b")).Require(), Is.EqualTo(new byte[] { 1, 2, 3 }));
    });

    [Test]
    public void Changing_a_read_blob_does_not_change_the_stored_blob() => Run(async blobs =>
    {
        await blobs.PutAsync("b", new byte[] { 1, 2, 3 });
        byte[] read = (await blobs.GetAsync("b")).Require()!;
        read[0] = 9;
        Assert.That((await blobs.GetAsync("b")).Require(), Is.EqualTo(new byte[] { 1, 2, 3 }));
    });
}
