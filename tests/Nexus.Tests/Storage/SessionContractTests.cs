using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Tests.Storage;

[TestFixtureSource(typeof(StorageFixture), nameof(StorageFixture.ContractDepths))]
public sealed class SessionContractTests(string depth)
{
    private void Run(Func<StoreSet, Task> body) => new StorageFixture(depth).Run(body);

    [Test]
    public void Hydrate_loads_values_without_making_the_session_dirty() => Run(async stores =>
    {
        await stores.KeyValue.SetAsync("k", "v");
        var session = new StoreSession(stores, "w1");
        Assert.That((await session.HydrateAsync(["k", "missing"])).IsOk, Is.True);
        Assert.That(session.IsDirty, Is.False);
        Assert.That(session.Get("k"), Is.EqualTo("v"));
        Assert.That(session.Get("missing"), Is.Null);
    });

    [Test]
    public void A_key_that_was_neither_hydrated_nor_written_cannot_be_read() => Run(async stores =>
    {
        var session = new StoreSession(stores, "w1");
        await session.HydrateAsync(["k"]);
        Assert.Throws<InvalidOperationException>(() => session.Get("other"));
        Assert.Throws<InvalidOperationException>(() => session.GetState("head"));
    });

    [Test]
    public void A_local_write_makes_the_session_dirty_and_is_read_back_before_flush() => Run(async stores =>
    {
        var session = new StoreSession(stores, "w1");
        session.Set("k", "v");
        Assert.That(session.IsDirty, Is.True);
        Assert.That(session.Get("k"), Is.EqualTo("v"));
        Assert.That((await stores.KeyValue.GetAsync("k")).Require(), Is.Null, "not in the store before flush");
    });

    [Test]
    public void Flush_writes_the_local_writes_to_the_store() => Run(async stores =>
    {
        await stores.KeyValue.SetAsync("gone", "x");
        var session = new StoreSession(stores, "w1");
        session.Set("k", "v");
        session.Delete("gone");
        Assert.That((await session.FlushAsync()).Outcome, Is.EqualTo(FlushOutcome.Committed));
        Assert.That((await stores.KeyValue.GetAsync("k")).Require(), Is.EqualTo("v"));
        Assert.That((await stores.KeyValue.GetAsync("gone")).Require(), Is.Null);
        Assert.That(session.IsDirty, Is.False);
    });

    [Test]
    public void The_cursor_starts_at_zero_and_each_flush_advances_it_by_one() => Run(async stores =>
    {
        var session = new StoreSession(stores, "w1");
        await session.HydrateAsync([]);
        Assert.That(session.Cursor, Is.Zero);
        session.Set("a", "1");
        Assert.That((await session.FlushAsync()).Cursor, Is.EqualTo(1));
        session.Set("b", "2");
        Assert.That((await session.FlushAsync()).Cursor, Is.EqualTo(2));
    });

    [Test]
    public void A_consumer_reads_the_cursor_through_the_commit_channel() => Run(async stores =>
    {
        var session = new StoreSession(stores, "w1");
        Assert.That((await StoreSession.ReadCursorAsync(stores.CommitChannel, "w1")).Require(), Is.Zero);
        session.Set("a", "1");
        await session.FlushAsync();
        Assert.That((await StoreSession.ReadCursorAsync(stores.CommitChannel, "w1")).Require(), Is.EqualTo(1));
        Assert.That((await StoreSession.ReadCursorAsync(stores.CommitChannel, "w2")).Require(), Is.Zero, "cursors are per owner");
    });

    [Test]
    public void Flushing_a_clean_session_writes_nothing_and_keeps_the_cursor() => Run(async stores =>
    {
        var session = new StoreSession(stores, "w1");
        FlushResult result = await session.FlushAsync();
        Assert.That(result.Outcome, Is.EqualTo(FlushOutcome.NothingToFlush));
        Assert.That((await stores.KeyValue.ListAsync("")).Require(), Is.Empty);
    });

    [Test]
    public void A_hydrated_session_resumes_from_the_owners_cursor() => Run(async stores =>
    {
        var first = new StoreSession(stores, "w1");
        first.Set("a", "1");
        await first.FlushAsync();
        var second = new StoreSession(stores, "w1");
        await second.HydrateAsync([]);
        Assert.That(second.Cursor, Is.EqualTo(1));
    });

    [Test]
    public void A_local_cas_is_checked_against_the_hydrated_state() => Run(async stores =>
    {
        await stores.Object.PutStateAsync("head", "", "f1");
        var session = new StoreSession(stores, "w1");
        await session.HydrateAsync([], ["head"]);
        Assert.That(session.CompareAndSwap("head", "f0", "f2"), Is.False);
        Assert.That(session.IsDirty, Is.False);
        Assert.That(session.CompareAndSwap("head", "f1", "f2"), Is.True);
        Assert.That(session.GetState("head"), Is.EqualTo("f2"));
        Assert.That((await stores.Object.GetStateAsync("head")).Require(), Is.EqualTo("f1"), "optimistic: not applied before flush");
    });

    [Test]
    public void The_winner_of_arbitration_commits_its_state_and_its_writes() => Run(async stores =>
    {
        var session = new StoreSession(stores, "w1");
        await session.HydrateAsync([], ["head"]);
        session.CompareAndSwap("head", "", "f1");
        session.CompareAndSwap("head", "f1", "f2");
        session.Set("facts/f2", "body");
        Assert.That((await session.FlushAsync()).Outcome, Is.EqualTo(FlushOutcome.Committed));
        Assert.That((await stores.Object.GetStateAsync("head")).Require(), Is.EqualTo("f2"));
        Assert.That((await stores.KeyValue.GetAsync("facts/f2")).Require(), Is.EqualTo("body"));
    });

    [Test]
    public void The_loser_of_arbitration_rolls_back_and_writes_nothing() => Run(async stores =>
    {
        var winner = new StoreSession(stores, "w1");
        var loser = new StoreSession(stores, "w2");
        await winner.HydrateAsync([], ["head"]);
        await loser.HydrateAsync([], ["head"]);
        winner.CompareAndSwap("head", "", "from-w1");
        winner.Set("facts/w1", "x");
        loser.CompareAndSwap("head", "", "from-w2");
        loser.Set("facts/w2", "y");

        Assert.That((await winner.FlushAsync()).Outcome, Is.EqualTo(FlushOutcome.Committed));
        FlushResult lost = await loser.FlushAsync();

        Assert.That(lost.Outcome, Is.EqualTo(FlushOutcome.LostArbitration));
        Assert.That(lost.Cursor, Is.Zero);
        Assert.That(loser.IsDirty, Is.False);
        Assert.Throws<InvalidOperationException>(() => loser.GetState("head"), "rolled back: hydrate again");
        Assert.That((await stores.KeyValue.GetAsync("facts/w2")).Require(), Is.Null);
        Assert.That((await stores.Object.GetStateAsync("head")).Require(), Is.EqualTo("from-w1"));
        Assert.That((await StoreSession.ReadCursorAsync(stores.CommitChannel, "w2")).Require(), Is.Zero);
    });

    [Test]
    public void Hydrating_a_dirty_session_is_refused() => Run(stores =>
    {
        var session = new StoreSession(stores, "w1");
        session.Set("k", "v");
        Assert.ThrowsAsync<InvalidOperationException>(async () => await session.HydrateAsync(["k"]));
        return Task.CompletedTask;
    });
}
