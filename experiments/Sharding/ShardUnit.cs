using System.Text.Json;

namespace Nexus.Experiments.Sharding;

/// <summary>One unit's result in a shard file.</summary>
public sealed record ShardUnit(int Unit, JsonElement Result);
