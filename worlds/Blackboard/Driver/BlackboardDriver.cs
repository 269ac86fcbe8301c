using System.Globalization;
using System.Text;
using Nexus.Engine.Randomness;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Driver;

/// <summary>Generates a seeded multi-agent blackboard workload: honest exchanges over a small pool of
/// assets (so findings contradict), intents citing present and missing Facts, claims, heartbeats,
/// releases and conclusions mostly by owners, Hints, ticks, and bad input of every kind the
/// contract refuses (empty, oversized, wrong mime type, forged id, wrong key, bad signature, replay,
/// unknown intent, non-owner). The same seed and states give the same actions.</summary>
public sealed class BlackboardDriver : IDisposable
{
    private readonly SimRandom _random;
    private readonly AgentIdentity[] _agents;
    private readonly BlackboardLimits _limits;
    /// <summary>The payload of every oversized Fact, one byte over the limit; content is never written to, so one serves all.</summary>
    private readonly byte[] _oversized;
    private int _counter;

    /// <summary>A driver of <paramref name="agentCount"/> agents named agent-0, agent-1, ... in the run seeded with <paramref name="seed"/>.</summary>
    public BlackboardDriver(ulong seed, int agentCount, BlackboardLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(agentCount, 2);
        ArgumentNullException.ThrowIfNull(limits);
        _random = new SimRandom(seed).Fork("blackboard-driver");
        _agents = Enumerable.Range(0, agentCount).Select(i => AgentIdentity.Derive(seed, "agent-" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        _limits = limits;
        _oversized = new byte[limits.PayloadBytesMax + 1];
    }

    /// <summary>The agents.</summary>
    public IReadOnlyList<AgentIdentity> Agents => _agents;

    /// <summary>The identity of agent id <paramref name="agentId"/>.</summary>
    public AgentIdentity IdentityOf(string agentId) => _agents.Single(agent => agent.Id == agentId);

    /// <summary>The next action at <paramref name="at"/> given <paramref name="state"/>. Conclusions by
    /// honest owners are left unsigned (empty signature) unless <paramref name="signConclusions"/>: a
    /// runner signs them when they execute, since the signed Fact carries the execution time.</summary>
    public BlackboardAction Next(BlackboardState state, long at, bool signConclusions)
    {
        ArgumentNullException.ThrowIfNull(state);
        AgentIdentity agent = _agents[_random.Next(_agents.Length)];
        int roll = _random.Next(100);
        return roll switch
        {
            < 35 => new ExchangeAction(at, HonestFact(agent, at), PickQuery()),
            < 45 => BadExchange(state, agent, at),
            < 58 => new SubmitIntentAction(at, NewIntent(state, agent, at)),
            < 68 => new ClaimAction(at, agent.Id, PickIntent(state, claimed: _random.Next(5) == 0)),
            < 76 => OwnerAction(state, agent, at, (time, who, id) => new HeartbeatAction(time, who, id)),
            < 81 => OwnerAction(state, agent, at, (time, who, id) => new ReleaseAction(time, who, id)),
            < 90 => Conclusion(state, agent, at, signConclusions),
            < 92 => NewHint(agent, at),
            _ => new TickAction(at),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (AgentIdentity agent in _agents)
        {
            agent.Dispose();
        }
    }

    private Fact HonestFact(AgentIdentity agent, long at)
    {
        string asset = "asset-" + _random.Next(6).ToString(CultureInfo.InvariantCulture);
        byte[] bytes = Encoding.UTF8.GetBytes("observation " + _random.Next(4).ToString(CultureInfo.InvariantCulture));
        string mime = _limits.MimeTypes[_random.Next(_limits.MimeTypes.Count)];
        return agent.CreateFact(new Content(mime, bytes), new Origin(asset, at + _counter++));
    }

    private BlackboardAction BadExchange(BlackboardState state, AgentIdentity agent, long at)
    {
        Fact honest = HonestFact(agent, at);
        AgentIdentity other = _agents[(Array.IndexOf(_agents, agent) + 1) % _agents.Length];
        Fact bad = _random.Next(8) switch
        {
            0 => agent.CreateFact(new Content("text/plain", []), honest.Origin),
            1 => agent.CreateFact(new Content("text/plain", _oversized), honest.Origin),
            2 => agent.CreateFact(new Content("image/gif", [1]), honest.Origin),
            3 => honest with { Id = new string('0', 64) },
            4 => honest with { PublicKey = other.PublicKey },
            5 => honest with { Signature = Flip(honest.Signature) },
            6 when state.Facts.Count > 0 => state.Facts.Values.ElementAt(_random.Next(state.Facts.Count)) with { Previous = "" },
            _ => honest with { Previous = "linked-already" },
        };
        return new ExchangeAction(at, bad, PickQuery());
    }

    private Intent NewIntent(BlackboardState state, AgentIdentity agent, long at)
    {
        var cited = new List<string>();
        for (int i = _random.Next(3); i > 0; i--)
        {
            cited.Add(state.Facts.Count > 0 && _random.Next(5) > 0
                ? state.Facts.Keys.ElementAt(_random.Next(state.Facts.Count))
                : "missing-" + _random.Next(3).ToString(CultureInfo.InvariantCulture));
        }
        return Intent.Submit(cited, "explore " + (_counter++).ToString(CultureInfo.InvariantCulture), agent.Id, at);
    }

    private BlackboardAction OwnerAction(BlackboardState state, AgentIdentity agent, long at, Func<long, string, string, BlackboardAction> make)
    {
        Intent? owned = Claimed(state);
        return owned is not null && _random.Next(10) < 8
            ? make(at, owned.Worker, owned.Id)
            : make(at, agent.Id, PickIntent(state, claimed: true));
    }

    private BlackboardAction Conclusion(BlackboardState state, AgentIdentity agent, long at, bool sign)
    {
        Intent? owned = Claimed(state);
        string result = "result " + _random.Next(5).ToString(CultureInfo.InvariantCulture);
        if (owned is null || _random.Next(10) == 0)
        {
            // Not the owner, or a forged signature.
            string id = owned?.Id ?? PickIntent(state, claimed: true);
            return new ConcludeAction(at, owned?.Worker ?? agent.Id, id, result, agent.PublicKey, new byte[64]);
        }
        AgentIdentity worker = IdentityOf(owned.Worker);
        var unsigned = new ConcludeAction(at, worker.Id, owned.Id, result, worker.PublicKey, []);
        return sign ? unsigned with { Signature = worker.Sign(unsigned.ConclusionFact().SignedBytes()) } : unsigned;
    }

    private AddHintAction NewHint(AgentIdentity agent, long at)
    {
        string rule = _random.Next(3) switch
        {
            0 => HintRule.MaxFactsPerAgent + ":" + (5 + _random.Next(10)).ToString(CultureInfo.InvariantCulture),
            1 => HintRule.MaxOpenIntentsPerAgent + ":" + (2 + _random.Next(4)).ToString(CultureInfo.InvariantCulture),
            _ => "no-such-rule:1",
        };
        long timeToLive = _random.Next(2) == 0 ? 0 : 5_000_000_000L * (1 + _random.Next(4));
        return new AddHintAction(at, new Hint("hint-" + (_counter++).ToString(CultureInfo.InvariantCulture), rule, agent.Id, at, timeToLive));
    }

    private Intent? Claimed(BlackboardState state)
    {
        int count = Count(state, claimed: true);
        return count == 0 ? null : Nth(state, claimed: true, _random.Next(count));
    }

    private string PickIntent(BlackboardState state, bool claimed)
    {
        int count = Count(state, claimed);
        return count > 0 && _random.Next(10) > 0 ? Nth(state, claimed, _random.Next(count)).Id : "unknown-intent";
    }

    // The Intents claimed (or not), counted and then indexed in key order, as a filtered copy would be,
    // without the copy: the driver picks an Intent for most actions, and the state grows with the run.
    private static int Count(BlackboardState state, bool claimed)
    {
        int count = 0;
        foreach (Intent intent in state.Intents.Values)
        {
            count += (intent.Phase == IntentPhase.Claimed) == claimed ? 1 : 0;
        }
        return count;
    }

    private static Intent Nth(BlackboardState state, bool claimed, int index)
    {
        foreach (Intent intent in state.Intents.Values)
        {
            if ((intent.Phase == IntentPhase.Claimed) == claimed && index-- == 0)
            {
                return intent;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(index), index, "fewer Intents than counted");
    }

    private string PickQuery() => _limits.MimeTypes[_random.Next(_limits.MimeTypes.Count)];

    private static byte[] Flip(byte[] signature)
    {
        byte[] copy = [.. signature];
        copy[0] ^= 0x01;
        return copy;
    }
}
