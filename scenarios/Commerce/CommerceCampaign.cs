using System.Text.Json;
using Nexus.Engine.Messaging;
using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Commerce;

/// <summary>A campaign on the private-commerce world as its config gives it, the second campaign world:
/// every scenario at every depth over the seed bank, with the privacy and trust layers chosen and the
/// auditor's signature checks and the sellers' stream check in force (or one switched off). Its one-line
/// swaps: <c>privacy</c> (sealed bids to the noop layer), <c>trust</c> (collusion severance to the plain
/// average), <c>signature-checks</c> and <c>stream-check</c> off. A seed's verdict: the four joint
/// validators, then the scenario's own check; missing evidence in either is an ERROR, never a pass.</summary>
public sealed record CommerceCampaign(
    string Name,
    string ConfigPath,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<CampaignDepth> Depths,
    IReadOnlyList<CommerceScenario> Scenarios,
    PrivacyLayer Privacy,
    TrustModel Trust,
    string? DefenceOff) : ICampaignWorld
{
    /// <summary>The defences a config may switch off.</summary>
    public static IReadOnlyList<string> DefenceNames { get; } = ["signature-checks", "stream-check"];

    /// <summary>The privacy layers by their config names.</summary>
    public static IReadOnlyList<string> PrivacyNames { get; } = ["hybrid-x25519", "noop"];

    /// <summary>The trust models by their config names.</summary>
    public static IReadOnlyList<string> TrustNames { get; } = ["agent-receipts", "score-average"];

    /// <summary>The world's name, as a config's <c>world</c> key gives it.</summary>
    public const string WorldName = "private-commerce";

    /// <inheritdoc />
    public string World => WorldName;

    /// <inheritdoc />
    IReadOnlyList<ICampaignScenario> ICampaignWorld.Scenarios => Scenarios;

    /// <inheritdoc />
    public IReadOnlyList<AgentGroup> HonestAgents { get; } =
        [new("buyer", CommerceWorld.Buyers), new("seller", CommerceWorld.Sellers), new("auditor", 1)];

    /// <inheritdoc />
    public IReadOnlyList<string> Swaps { get; } = ["privacy", "trust", .. DefenceNames];

    /// <inheritdoc />
    public IReadOnlyList<WeakerFoundation> WeakerFoundations => [];

    /// <inheritdoc />
    public string Setting => $"Privacy: {PrivacyNames[(int)Privacy]}. Trust: {TrustNames[(int)Trust]}. Defences: {(DefenceOff is null ? "all on" : DefenceOff + " off")}.";

    /// <inheritdoc />
    public string SettingTitle => $"{PrivacyNames[(int)Privacy]}, {TrustNames[(int)Trust]}, {(DefenceOff is null ? "all defences on" : DefenceOff + " off")}";

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="swap"/> is not one of <see cref="Swaps"/>.</exception>
    public ICampaignWorld Swapped(string swap) => swap switch
    {
        "privacy" => this with { Privacy = PrivacyLayer.Noop },
        "trust" => this with { Trust = TrustModel.ScoreAverage },
        _ when DefenceNames.Contains(swap) => this with { DefenceOff = swap },
        _ => throw new ArgumentException($"'{swap}' is not a swap of the private-commerce world (swaps: {string.Join(", ", Swaps)})", nameof(swap)),
    };

    /// <inheritdoc />
    public void WriteSetting(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("privacy", PrivacyNames[(int)Privacy]);
        writer.WriteString("trust", TrustNames[(int)Trust]);
        writer.WriteString("defenceOff", DefenceOff ?? "");
    }

    /// <summary>The world's options for one seed of <paramref name="scenario"/> at <paramref name="depth"/>.</summary>
    public CommerceOptions Options(CommerceScenario scenario, CampaignDepth depth, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(depth);
        LinkOptions links = depth.Links ?? throw new ArgumentException($"{depth.Name}: the private-commerce world runs on the message network, and this depth names no links", nameof(depth));
        return new CommerceOptions((ulong)seed, Privacy, Trust, links)
        {
            Attack = scenario.Attack,
            SignatureChecks = DefenceOff != "signature-checks",
            StreamCheck = DefenceOff != "stream-check",
        };
    }

    /// <inheritdoc />
    public SeedRun RunSeed(ICampaignScenario scenario, CampaignDepth depth, int seed)
    {
        CommerceScenario attack = Scenarios.Single(spec => ReferenceEquals(spec, scenario));
        CommerceRunResult run = CommerceRun.OnVirtualTime(Options(attack, depth, seed));
        var seeded = new CommerceSeedRun(seed, run.Fingerprint);
        Finding? own = attack.Check?.Invoke(run);
        SeedVerdict verdict = run.Validators.FirstOrDefault(result => result.Vacuous) is ValidatorResult missing ? SeedVerdict.Vacuous(seeded, $"{missing.Name}: {missing.Detail}")
            : own is { Vacuous: true } ? SeedVerdict.Vacuous(seeded, own.Detail)
            : run.Validators.FirstOrDefault(result => !result.Passed) is ValidatorResult failed ? SeedVerdict.Failed(seeded, null, failed.Name, failed.Detail)
            : own is not null ? SeedVerdict.Failed(seeded, null, attack.Name, own.Detail)
            : SeedVerdict.Held(seeded);
        string[] adversaries = [.. CommerceWorld.Roster(attack.Attack).Where(agent => agent.Role is not (CommerceRole.Buyer or CommerceRole.Seller or CommerceRole.Auditor)).Select(agent => agent.Name)];
        return new SeedRun(verdict, run.Events.Count(entry => adversaries.Contains(entry.Agent)), run.Events.Count(entry => !adversaries.Contains(entry.Agent)),
            run.Events.Count(entry => entry.Kind == CommerceEvents.ReceiptFiled));
    }
}
