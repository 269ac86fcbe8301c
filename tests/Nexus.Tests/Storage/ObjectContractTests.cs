using Nexus.Worlds.Storage;

namespace Nexus.Tests.Storage;

[TestFixtureSource(typeof(StorageFixture), nameof(StorageFixture.ContractDepths))]
public sealed class ObjectContractTests(string depth)
{
    private void Run(Func<IObjectStore, Task> body) => new StorageFixture(depth).Run(stores => body(stores.Object));

    [Test]
    public void The_state_of_an_absent_key_is_the_empty_string() => Run(async objects =>
        Assert.That((await objects.GetStateAsync("head")).Require(), Is.EqualTo("")));

    [Test]
    public void Cas_on_an_absent_key_with_expected_empty_succeeds() => Run(async objects =>
    {
        Assert.That((await objects.PutStateAsync("head", "", "f1")).Require(), Is.True);
        Assert.That((await objects.GetStateAsync("head")).Require(), Is.EqualTo("f1"));
    });

    [Test]
    public void Cas_on_an_absent_key_with_a_non_empty_expected_fails() => Run(async objects =>
    {
        Assert.That((await objects.PutStateAsync("head", "f0", "f1")).Require(), Is.False);
        Assert.That((await objects.GetStateAsync("head")).Require(), Is.EqualTo(""));
    });

    [Test]
    public void Cas_with_the_current_state_as_expected_succeeds() => Run(async objects =>
    {
        await objects.PutStateAsync("head", "", "f1");
        Assert.That((await objects.PutStateAsync("head", "f1", "f2")).Require(), Is.True);
        Assert.That((await objects.GetStateAsync("head")).Require(), Is.EqualTo("f2"));
    });

    [Test]
    public void Cas_with_a_stale_expected_fails_and_changes_nothing() => Run(async objects =>
    {
        await objects.PutStateAsync("head", "", "f1");
        await objects.PutStateAsync("head", "f1", "f2");
        Assert.That((await objects.PutStateAsync("head", "f1", "f3")).Require(), Is.False);
        Assert.That((await objects.GetStateAsync("head")).Require(), Is.EqualTo("f2"));
    });

    [Test]
    public void Cas_to_the_empty_string_deletes_the_key() => Run(async objects =>
    {
        await objects.PutStateAsync("owner", "", "agent-1");
        Assert.That((await objects.PutStateAsync("owner", "agent-1", "")).Require(), Is.True);
        Assert.That((await objects.GetStateAsync("owner")).Require(), Is.EqualTo(""));
        Assert.That((await objects.PutStateAsync("owner", "", "agent-2")).Require(), Is.True, "a deleted key compares equal to \"\" again");
    });

    [Test]
    public void A_multi_key_cas_applies_every_swap_when_all_match() => Run(async objects =>
    {
        await objects.PutStateAsync("a", "", "1");
        Assert.That((await objects.PutStatesAsync([new("a", "1", "2"), new("b", "", "x")])).Require(), Is.True);
        Assert.That((await objects.GetStateAsync("a")).Require(), Is.EqualTo("2"));
        Assert.That((await objects.GetStateAsync("b")).Require(), Is.EqualTo("x"));
    });

    [Test]
    public void A_multi_key_cas_with_one_mismatch_applies_none() => Run(async objects =>
    {
        await objects.PutStateAsync("a", "", "1");
        Assert.That((await objects.PutStatesAsync([new("a", "1", "2"), new("b", "wrong", "x")])).Require(), Is.False);
        Assert.That((await objects.GetStateAsync("a")).Require(), Is.EqualTo("1"));
        Assert.That((await objects.GetStateAsync("b")).Require(), Is.EqualTo(""));
    });

    [Test]
    public void A_multi_key_cas_naming_a_key_twice_is_rejected() => Run(objects =>
    {
        Assert.Throws<ArgumentException>(() => objects.PutStatesAsync([new("a", "", "1"), new("a", "", "2")]));
        return Task.CompletedTask;
    });

    [Test]
    public void A_cas_of_no_keys_is_rejected() => Run(objects =>
    {
        Assert.Throws<ArgumentException>(() => objects.PutStatesAsync([]));
        return Task.CompletedTask;
    });

    [Test]
    public void A_cas_with_a_null_state_is_rejected_at_the_call() => Run(objects =>
    {
        Assert.Throws<ArgumentNullException>(() => objects.PutStateAsync("a", null!, "x"));
        return Task.CompletedTask;
    });
}
