using Nexus.Engine.Time;
using Nexus.Experiments.Attestation;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Configuration;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage.Foundations;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Configuration;

/// <summary>Reads an attack campaign config strictly: an unknown key, scenario, role, surface, key,
/// payload or defence, a count out of range or an empty list is an error naming the file, the line
/// and the field (keys: configs/README.md).</summary>
public static class AttackCampaignLoader
{
    /// <summary>The config's <c>world</c>.</summary>
    public const string World = AttackCampaign.WorldName;

    /// <summary>The verdict each scenario of this world must get, by name.</summary>
    public static IReadOnlyDictionary<string, string> Expected { get; } = AttackScenario.All.ToDictionary(scenario => scenario.Name, scenario => scenario.Expected, StringComparer.Ordinal);

    /// <summary>The setting a proof's predicate carries for this world (<see cref="AttackCampaign.WriteSetting"/>).</summary>
    public static IReadOnlyList<Field> Setting { get; } = [new("workers", JsonShape.Integer), new("defenceOff", JsonShape.Text), new("hints", JsonShape.ListOf(JsonShape.Text))];

    /// <summary>Loads the campaign in <paramref name="path"/>; a depth's profile is read relative to it.</summary>
    public static AttackCampaign Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses <paramref name="text"/> as the campaign file <paramref name="path"/>.</summary>
    public static AttackCampaign Parse(string path, string text) => Parse(path, ConfigSection.Parse(path, text));

    /// <summary>Parses <paramref name="root"/>, the campaign file <paramref name="path"/>.</summary>
    public static AttackCampaign Parse(string path, ConfigSection root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.OneOf("world", [World]);
        string name = root.NameMatchingFile();
        int[] seeds = [.. root.DistinctIntegers("seeds", 0, int.MaxValue)];
        int workers = root.Integer("workers", 1, 64);
        CampaignDepth[] depths = [.. root.Sections("depths").Select(ReadDepth)];
        if (depths.Select(depth => depth.Name).Distinct().Count() != depths.Length)
        {
            throw root.ErrorAt("depths", "each depth's name must be given once");
        }
        string[] hints = [.. root.Has("hints") ? root.DistinctTexts("hints") : []];
        foreach (string hint in hints.Where(hint => !HintRule.TryParse(hint, out _)))
        {
            throw root.ErrorAt("hints", $"'{hint}' is not a Hint rule (known: {HintRule.Forms})");
        }
        string? defenceOff = root.Has("defence_off") ? root.OneOf("defence_off", BlackboardDefences.Names) : null;
        ConfigSection honestSection = root.Section("honest");
        AgentSpec honest = ReadAgents(honestSection, AgentRole.Honest);
        ScenarioSpec[] scenarios = [.. root.Sections("scenarios").Select(ReadScenario)];
        foreach (var repeated in scenarios.GroupBy(spec => spec.Scenario.Name).Where(group => group.Count() > 1))
        {
            throw root.ErrorAt("scenarios", $"scenario '{repeated.Key}' is listed twice");
        }
        GapReportSpec? foundations = root.OptionalSection("foundations") is ConfigSection section ? ReadFoundations(section) : null;
        root.RejectUnknownKeys();
        return new AttackCampaign(name, path, seeds, workers, depths, hints, honest, defenceOff, scenarios) { Foundations = foundations };
    }

    private static GapReportSpec ReadFoundations(ConfigSection section)
    {
        string[] names = [.. section.DistinctTexts("variants")];
        foreach (string unknown in names.Where(name => !StoreFoundation.VariantNames.Contains(name)))
        {
            throw section.ErrorAt("variants", $"unknown foundation '{unknown}' (known: {string.Join(", ", StoreFoundation.VariantNames)})");
        }
        var sweep = new GapReportSpec([.. names.Select(StoreFoundation.Named)], section.Integer("seeds", 1, 10_000));
        section.RejectUnknownKeys();
        return sweep;
    }

    private static CampaignDepth ReadDepth(ConfigSection section)
    {
        string name = section.Text("name");
        TargetProfile? profile = null;
        if (section.Has("profile"))
        {
            profile = TargetProfileLoader.Load(section.ExistingFile("profile"));
        }
        bool swarm = section.FlagOr("swarm", false);
        if (swarm && profile is null)
        {
            throw section.ErrorAt("swarm", "swarm faults need a depth-2 profile: give 'profile'");
        }
        section.RejectUnknownKeys();
        return CampaignDepth.OnStores(name, StoreDepth.Of(profile), swarm);
    }

    private static ScenarioSpec ReadScenario(ConfigSection section)
    {
        AttackScenario scenario = AttackScenario.Named(section.OneOf("scenario", [.. AttackScenario.All.Select(s => s.Name)]));
        ConfigSection[] attackerSections = [.. section.Sections("attackers")];
        AgentSpec[] attackers = [.. attackerSections.Select(attacker => ReadAgents(attacker, role: null))];
        foreach ((AgentSpec attacker, ConfigSection at) in attackers.Zip(attackerSections).Where(pair => !scenario.Roles.Contains(pair.First.Role)))
        {
            throw at.ErrorAt("role", $"{scenario.Name}'s attackers are {string.Join(" or ", scenario.Roles.Select(role => AgentSpec.RoleNames[(int)role]))}, not {attacker.RoleName}");
        }
        double floor = scenario.HasCompletionFloor ? section.Number("floor", 0, 1) : 0;
        SpamSearchSpec? sweep = scenario.HasCompletionFloor && section.OptionalSection("sweep") is ConfigSection grid ? ReadSweep(grid) : null;
        section.RejectUnknownKeys();
        return new ScenarioSpec(scenario, attackers, floor) { Sweep = sweep };
    }

    private static SpamSearchSpec ReadSweep(ConfigSection section)
    {
        double[] rates = [.. section.DistinctNumbers("rates", 0, 100_000)];
        if (rates[0] != 0 || !rates.SequenceEqual(rates.Order()))
        {
            throw section.ErrorAt("rates", "the rates must rise from 0 (the no-spam run the floor is measured against)");
        }
        var sweep = new SpamSearchSpec(rates, section.Number("floor_fraction", 0, 1), section.Integer("seeds", 1, 10_000), section.Number("window_s", 0.001, 3600));
        section.RejectUnknownKeys();
        return sweep;
    }

    /// <summary>A group of agents; the honest group has no role key (it is honest by place).</summary>
    private static AgentSpec ReadAgents(ConfigSection section, AgentRole? role)
    {
        AgentRole chosen = role ?? (AgentRole)AgentSpec.RoleNames.ToList().IndexOf(section.OneOf("role", AgentSpec.RoleNames));
        if (role is null && chosen == AgentRole.Honest)
        {
            throw section.ErrorAt("role", "honest agents are given under 'honest', beside every scenario's attackers");
        }
        int count = section.Integer("count", 0, 10_000);
        var surface = (ApiSurface)AgentSpec.SurfaceNames.ToList().IndexOf(section.OneOf("surface", AgentSpec.SurfaceNames));
        var key = (SignatureKey)AgentSpec.KeyNames.ToList().IndexOf(section.OneOfOr("key", AgentSpec.KeyNames, "valid"));
        string defaultPayload = chosen == AgentRole.Replayer ? "replayed" : "valid";
        var payload = (PayloadKind)AgentSpec.PayloadNames.ToList().IndexOf(section.OneOfOr("payload", AgentSpec.PayloadNames, defaultPayload));
        int actions = section.Integer("actions", 0, 1_000_000);
        double thinkMs = section.Number("think_ms", 0.001, 3_600_000);
        if (chosen == AgentRole.Spammer && surface == ApiSurface.Overlay)
        {
            throw section.ErrorAt("surface", "a spammer submits Intents, which the overlay does not offer: give trait or boundary");
        }
        if (chosen == AgentRole.Replayer && payload != PayloadKind.Replayed)
        {
            throw section.ErrorAt("payload", "a replayer's payload is 'replayed'");
        }
        if (chosen == AgentRole.FreeRider && payload is not (PayloadKind.None or PayloadKind.Empty))
        {
            throw section.ErrorAt("payload", "a free-rider contributes nothing: 'none' (it only tries to read) or 'empty'");
        }
        section.RejectUnknownKeys();
        return new AgentSpec(chosen, count, surface, key, payload, actions, SimDuration.FromSeconds(thinkMs / 1000));
    }
}
