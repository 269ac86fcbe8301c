using System.Text.RegularExpressions;

namespace Nexus.Experiments.Attestation;

/// <summary>What every check of a proof shares: a failed condition is an <see cref="InvalidDataException"/>
/// with its one-line reason, and a digest is SHA-256 in lowercase hex.</summary>
internal static partial class ProofRule
{
    /// <summary>Throws with <paramref name="reason"/> unless <paramref name="condition"/> holds.</summary>
    public static void Require(bool condition, string reason)
    {
        if (!condition)
        {
            throw new InvalidDataException(reason);
        }
    }

    /// <summary>True when <paramref name="digest"/> is 64 lowercase hex digits.</summary>
    public static bool IsSha256(string digest) => Sha256().IsMatch(digest);

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
