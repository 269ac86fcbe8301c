using Nexus.Worlds.Storage;

namespace Nexus.Tests.Storage;

[TestFixtureSource(typeof(StorageFixture), nameof(StorageFixture.ContractDepths))]
public sealed class KeyValueContractTests(string depth)
{
    private void Run(Func<IKeyValueStore, Task> body) => new StorageFixture(depth).Run(stores => body(stores.KeyValue));

    [Test]
    public void Get_of_a_missing_key_is_null() => Run(async kv =>
        Assert.That((await kv.GetAsync("nope")).Require(), Is.Null));

    [Test]
    public void Set_then_get_returns_the_value() => Run(async kv =>
    {
        Assert.That((await kv.SetAsync("k", "v")).IsOk, Is.True);
        Assert.That((await kv.GetAsync("k")).Require(), Is.EqualTo("v"));
    });

    [Test]
    public void Set_overwrites_the_previous_value() => Run(async kv =>
    {
        await kv.SetAsync("k", "one");
        await kv.SetAsync("k", "two");
        Assert.That((await kv.GetAsync("k")).Require(), Is.EqualTo("two"));
    });

    [Test]
    public void An_empty_value_is_a_value_not_an_absence() => Run(async kv =>
    {
        await kv.SetAsync("k", "");
        Assert.That((await kv.GetAsync("k")).Require(), Is.EqualTo(""));
        Assert.That((await kv.ListAsync("")).Require(), Is.EqualTo(new[] { "k" }));
    });

    [Test]
    public void Delete_removes_the_key() => Run(async kv =>
    {
        await kv.SetAsync("k", "v");
        Assert.That((await kv.DeleteAsync("k")).IsOk, Is.True);
        Assert.That((await kv.GetAsync("k")).Require(), Is.Null);
    });

    [Test]
    public void Delete_of_a_missing_key_succeeds() => Run(async kv =>
        Assert.That((await kv.DeleteAsync("never-there")).IsOk, Is.True));

    [Test]
    public void List_returns_keys_in_ordinal_order() => Run(async kv =>
    {
        foreach (string key in new[] { "b", "a10", "a2", "B", "a" })
        {
            await kv.SetAsync(key, "x");
        }
        Assert.That((await kv.ListAsync("")).Require(), Is.EqualTo(new[] { "B", "a", "a10", "a2", "b" }));
    });

    [Test]
    public void List_returns_only_keys_with_the_prefix() => Run(async kv =>
    {
        await kv.SetAsync("facts/2", "x");
        await kv.SetAsync("facts/1", "x");
        await kv.SetAsync("intents/1", "x");
        await kv.SetAsync("fact", "x");
        Assert.That((await kv.ListAsync("facts/")).Require(), Is.EqualTo(new[] { "facts/1", "facts/2" }));
    });

    [Test]
    public void List_omits_deleted_keys() => Run(async kv =>
    {
        await kv.SetAsync("a", "x");
        await kv.SetAsync("b", "x");
        await kv.DeleteAsync("a");
        Assert.That((await kv.ListAsync("")).Require(), Is.EqualTo(new[] { "b" }));
    });

    /// <summary>Workers KV and R2 list a thousand keys a page; the wire answers every key at once.</summary>
    [Test]
    public void List_returns_every_key_past_a_page_of_a_thousand() => Run(async kv =>
    {
        string[] keys = [.. Enumerable.Range(0, 1_001).Select(i => "p/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))];
        foreach (string key in keys.Reverse())
        {
            await kv.SetAsync(key, "x");
        }
        await kv.SetAsync("q", "x");
        Assert.That((await kv.ListAsync("p/")).Require(), Is.EqualTo(keys));
    });

    [Test]
    public void List_of_an_empty_store_is_empty() => Run(async kv =>
        Assert.That((await kv.ListAsync("")).Require(), Is.Empty));

    /// <summary>Ordinal is by UTF-16 code unit: an emoji (a surrogate pair, 0xD83D...) sorts before a
    /// fullwidth letter (0xFF21), though their UTF-8 bytes, by which Workers KV lists, sort the other way.</summary>
    [Test]
    public void Keys_compare_ordinally_not_by_culture() => Run(async kv =>
    {
        await kv.SetAsync("é", "accented");
        await kv.SetAsync("e", "plain");
        await kv.SetAsync("\uFF21", "fullwidth");
        await kv.SetAsync("\U0001F600", "emoji");
        Assert.That((await kv.GetAsync("é")).Require(), Is.EqualTo("accented"));
        Assert.That((await kv.ListAsync("")).Require(), Is.EqualTo(new[] { "e", "é", "\U0001F600", "\uFF21" }));
    });

    [Test]
    public void An_empty_key_is_rejected() => Run(kv =>
    {
        Assert.Throws<ArgumentException>(() => kv.SetAsync("", "v"));
        return Task.CompletedTask;
    });

    [Test]
    public void A_null_value_is_rejected() => Run(kv =>
    {
        Assert.Throws<ArgumentNullException>(() => kv.SetAsync("k", null!));
        return Task.CompletedTask;
    });
}
