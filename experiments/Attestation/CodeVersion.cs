using System.Security.Cryptography;
using System.Text;

namespace Nexus.Experiments.Attestation;

/// <summary>The code version a proof names: SHA-256 over the name and SHA-256 of each assembly of
/// nexus (the engine, the worlds, the oracle, the scenario library and the command), in name order. A commit cannot name
/// itself, so the proof names the built code; builds are deterministic with source paths mapped, so
/// the same source and compiler give the same digest on every machine.</summary>
public static class CodeVersion
{
    /// <summary>The assemblies the digest covers.</summary>
    public static IReadOnlyList<System.Reflection.Assembly> Assemblies { get; } =
    [
        typeof(Engine.Runtime.ISimRuntime).Assembly,
        typeof(Worlds.Storage.StoreSet).Assembly,
        typeof(Oracle.Blackboard.BlackboardOracle).Assembly,
        typeof(Scenarios.Campaigns.ICampaignWorld).Assembly,
        typeof(CodeVersion).Assembly,
    ];

    /// <summary>The digest, lowercase hex.</summary>
    public static string Digest()
    {
        var lines = new StringBuilder();
        foreach (var assembly in Assemblies.OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            lines.Append(assembly.GetName().Name).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(assembly.Location)))).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }
}
