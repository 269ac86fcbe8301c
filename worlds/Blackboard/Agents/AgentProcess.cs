using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>One agent's process: its role's behaviour, over its surface, for its number of actions,
/// paced by exponential think times, writing what it did into its ledger.</summary>
public sealed class AgentProcess
{
    /// <summary>Tries of one honest step that fails with StoreFailure (nothing committed, so safe to
    /// repeat), the waits between them doubling from one think time: long enough to outlast an outage.</summary>
    public const int HonestTriesMax = 6;

    /// <summary>Think times a replayer waits for an honest Fact to copy before giving up an action.</summary>
    public const int WireWaitsMax = 200;

    private readonly AgentWorld _world;
    private readonly AgentSpec _spec;
    private readonly AgentIdentity _identity;
    private readonly AgentSurface _surface;
    private readonly SimRandom _random;
    private readonly FactForge _forge;
    private readonly List<Task> _inFlight = [];

    /// <summary>An agent of <paramref name="spec"/> acting as <paramref name="identity"/> (forging <paramref name="victim"/> when its key is forged).</summary>
    public AgentProcess(AgentWorld world, AgentSpec spec, AgentIdentity identity, AgentIdentity victim, SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(identity);
        _world = world;
        _spec = spec;
        _identity = identity;
        _random = random;
        _surface = new AgentSurface(spec.Surface, world);
        _forge = new FactForge(identity, victim, spec.Key, spec.Payload, world.Limits, random);
        Ledger = new AgentLedger(identity.Name, identity.Id, spec.Role);
    }

    /// <summary>What it did.</summary>
    public AgentLedger Ledger { get; }

    /// <summary>Runs the agent to the end of its actions.</summary>
    public async Task RunAsync()
    {
        for (int i = 0; i < _spec.Actions; i++)
        {
            await ThinkAsync();
            await (_spec.Role switch
            {
                AgentRole.Honest when _surface.HasIntents && _random.Next(10) < 4 => IntentLifecycleAsync(i),
                AgentRole.Honest or AgentRole.Sybil or AgentRole.Poisoner => ExchangeAsync(),
                AgentRole.FreeRider when _spec.Payload == PayloadKind.None => ReadAsync(i),
                AgentRole.FreeRider => ExchangeAsync(),
                AgentRole.Spammer => SpamAsync(i),
                AgentRole.Replayer => ReplayAsync(),
                _ => throw new InvalidOperationException($"no behaviour for {_spec.Role}"),
            });
        }
        await Task.WhenAll([.. _inFlight]);
        Ledger.FinishedAt = _world.Runtime.Now.Nanoseconds;
    }

    private ValueTask ThinkAsync() => _world.Runtime.Delay(SimDuration.FromSeconds(_random.NextExponential() * _spec.ThinkTime.TotalSeconds));

    private string Query() => _world.Limits.MimeTypes[_random.Next(_world.Limits.MimeTypes.Count)];

    private async Task ExchangeAsync()
    {
        Fact fact = _forge.Next(_world.Runtime.Now.Nanoseconds, _world.Wire)!;
        if (_spec.Role == AgentRole.Honest)
        {
            _world.Wire.Add(fact);
        }
        Ledger.Submitted.Add(fact.Id);
        string query = Query();
        await TryAsync(() => _surface.ExchangeAsync(fact, query));
    }

    private async Task ReadAsync(int attempt)
    {
        Ledger.Operations++;
        Ledger.ReadAttempts++;
        if ((await _surface.TryReadAsync(_identity, Query(), attempt)).Count > 0)
        {
            Ledger.ReadAttemptsAnswered++;
        }
    }

    /// <summary>Sends an Intent without waiting for the answer: a flood arrives at its own rate, whatever the blackboard's.</summary>
    private Task SpamAsync(int n)
    {
        Ledger.Operations++;
        Intent spam = Intent.Submit([], "spam " + n.ToString(CultureInfo.InvariantCulture), _identity.Id, _world.Runtime.Now.Nanoseconds);
        _inFlight.Add(_world.Runtime.Spawn(_identity.Name + "/spam-" + n.ToString(CultureInfo.InvariantCulture), () => _surface.SubmitIntentAsync(spam)));
        return Task.CompletedTask;
    }

    /// <summary>Copies a Fact from the wire (waiting, a bounded number of think times, for one to be
    /// sent) and sends it through every worker at once.</summary>
    private async Task ReplayAsync()
    {
        for (int waited = 0; _world.Wire.Count == 0 && waited < WireWaitsMax; waited++)
        {
            await ThinkAsync();
        }
        if (_forge.Next(_world.Runtime.Now.Nanoseconds, _world.Wire) is not Fact copy)
        {
            return;
        }
        Ledger.Submitted.Add(copy.Id);
        string query = Query();
        Task[] copies = [.. Enumerable.Range(0, _world.Workers)
            .Select(i => _world.Runtime.Spawn(_identity.Name + "/copy-" + i.ToString(CultureInfo.InvariantCulture), () => _surface.ExchangeAsync(copy, query)))];
        Ledger.Operations += copies.Length;
        await Task.WhenAll(copies);
    }

    private async Task IntentLifecycleAsync(int n)
    {
        Ledger.IntentsStarted++;
        Intent intent = Intent.Submit([], "task " + n.ToString(CultureInfo.InvariantCulture) + " of " + _identity.Name, _identity.Id, _world.Runtime.Now.Nanoseconds);
        string result = "finding " + n.ToString(CultureInfo.InvariantCulture);
        if (await TryAsync(() => _surface.SubmitIntentAsync(intent))
            && await TryAsync(() => _surface.ClaimAsync(_identity.Id, intent.Id))
            && await ThinkThen(() => TryAsync(() => _surface.HeartbeatAsync(_identity.Id, intent.Id)))
            && await TryAsync(() => _surface.ConcludeAsync(_identity, intent.Id, result, _world.Runtime.Now.Nanoseconds)))
        {
            Ledger.IntentsConcluded++;
        }
    }

    private async Task<bool> ThinkThen(Func<Task<bool>> step)
    {
        await ThinkAsync();
        return await step();
    }

    /// <summary>One step; an honest agent tries again after a store failure (which committed nothing).</summary>
    private async Task<bool> TryAsync(Func<Task<ActionOutcome>> step)
    {
        for (int tries = 1; ; tries++)
        {
            Ledger.Operations++;
            ActionOutcome outcome = await step();
            Ledger.Succeeded += outcome.Succeeded ? 1 : 0;
            if (outcome.Error != BlackboardError.StoreFailure || _spec.Role != AgentRole.Honest || tries == HonestTriesMax)
            {
                return outcome.Succeeded;
            }
            await _world.Runtime.Delay(SimDuration.FromSeconds(_spec.ThinkTime.TotalSeconds * (1 << (tries - 1))));
        }
    }
}
