namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The blackboard's defences, each a named part that a run's configuration can switch off
/// alone, so a campaign can show that each check discriminates: with the part off, the attack it
/// stops gets through and the oracle's conformance check reports it. <see cref="All"/> is the
/// orchestration as specified.</summary>
public sealed record BlackboardDefences
{
    /// <summary>The names of the defences, in the order the exchange applies them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["structure", "identity", "signature", "replay-guard", "rate-limits", "chain-head-cas", "contract-ratio", "owner-check", "no-read-api"];

    /// <summary>Every defence on.</summary>
    public static BlackboardDefences All { get; } = new();

    /// <summary>Structural validation of a Fact or Intent: well formed, non-empty, within size, a known
    /// mime type, its id the hash of its content.</summary>
    public bool Structure { get; init; } = true;

    /// <summary>A Fact's creator id is the hash of the public key it carries.</summary>
    public bool Identity { get; init; } = true;

    /// <summary>A Fact's signature verifies under its public key.</summary>
    public bool Signature { get; init; } = true;

    /// <summary>A Fact, Intent or Hint already committed is refused as a replay.</summary>
    public bool ReplayGuard { get; init; } = true;

    /// <summary>Governance Hints are enforced as limits (facts per agent, open intents per agent).</summary>
    public bool RateLimits { get; init; } = true;

    /// <summary>A commit moves the chain head by compare-and-swap from the head it extends; off, it
    /// writes the head it read back unconditionally (last writer wins).</summary>
    public bool ChainHeadCas { get; init; } = true;

    /// <summary>An exchange returns at most the contract ratio of Facts; off, every match.</summary>
    public bool ContractRatio { get; init; } = true;

    /// <summary>Only an Intent's owner may heartbeat, release or conclude it.</summary>
    public bool OwnerCheck { get; init; } = true;

    /// <summary>The remote API serves no read route; off, it serves <c>GET /facts</c>, every committed Fact id.</summary>
    public bool NoReadApi { get; init; } = true;

    /// <summary>These defences with <paramref name="names"/> switched off; an unknown name throws, listing the known ones.</summary>
    public BlackboardDefences Without(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        BlackboardDefences result = this;
        foreach (string name in names)
        {
            result = name switch
            {
                "structure" => result with { Structure = false },
                "identity" => result with { Identity = false },
                "signature" => result with { Signature = false },
                "replay-guard" => result with { ReplayGuard = false },
                "rate-limits" => result with { RateLimits = false },
                "chain-head-cas" => result with { ChainHeadCas = false },
                "contract-ratio" => result with { ContractRatio = false },
                "owner-check" => result with { OwnerCheck = false },
                "no-read-api" => result with { NoReadApi = false },
                _ => throw new ArgumentException($"unknown defence '{name}' (known: {string.Join(", ", Names)})", nameof(names)),
            };
        }
        return result;
    }

    /// <summary>The names of the defences switched off, in <see cref="Names"/> order; empty when all are on.</summary>
    public IReadOnlyList<string> Off() => Names.Where(name => Without(name) == this).ToArray();
}
