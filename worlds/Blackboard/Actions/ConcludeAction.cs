using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>The owner concludes the Intent with <see cref="Result"/>, signing the conclusion Fact with
/// <see cref="PublicKey"/>; the Fact's id is SHA-256(intent id, result, "concluded").</summary>
public sealed record ConcludeAction(long At, string Agent, string IntentId, string Result, byte[] PublicKey, byte[] Signature)
    : BlackboardAction(At, Agent)
{
    /// <summary>The id of the conclusion Fact.</summary>
    public static string ConclusionId(string intentId, string result) =>
        new CanonicalWriter().Text(intentId).Text(result).Text("concluded").Sha256Hex();

    /// <summary>The conclusion Fact, unlinked: text/plain content, origin (intent id, time), creator the agent.</summary>
    public Fact ConclusionFact() => new(ConclusionId(IntentId, Result),
        new Content("text/plain", System.Text.Encoding.UTF8.GetBytes(Result)), new Origin(IntentId, At), Agent, PublicKey, Signature, "");

    /// <summary>Equal when every field is, byte for byte.</summary>
    public bool Equals(ConcludeAction? other) =>
        other is not null && At == other.At && Agent == other.Agent && IntentId == other.IntentId && Result == other.Result
        && PublicKey.AsSpan().SequenceEqual(other.PublicKey) && Signature.AsSpan().SequenceEqual(other.Signature);

    /// <inheritdoc />
    public override int GetHashCode() => IntentId.GetHashCode(StringComparison.Ordinal); // determinism-ok: never ordered by
}
