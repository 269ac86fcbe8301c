using System.Security.Cryptography;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>An exploration direction. The first five fields never change; the status fields follow
/// the lifecycle: <see cref="Worker"/> and <see cref="LastHeartbeatAt"/> while claimed,
/// <see cref="Worker"/>, <see cref="ToFact"/> and <see cref="ConcludedAt"/> once concluded.</summary>
public sealed record Intent(
    string Id,
    IReadOnlyList<string> FromFacts,
    string Description,
    string Creator,
    long CreatedAt,
    IntentPhase Phase,
    string Worker,
    long LastHeartbeatAt,
    string ToFact,
    long ConcludedAt)
{
    /// <summary>A new, submitted Intent with its content-addressed id.</summary>
    public static Intent Submit(IReadOnlyList<string> fromFacts, string description, string creator, long createdAt)
    {
        ArgumentNullException.ThrowIfNull(fromFacts);
        return new Intent(ComputeId(fromFacts, description, creator, createdAt), [.. fromFacts], description, creator, createdAt,
            IntentPhase.Submitted, "", 0, "", 0);
    }

    /// <summary>SHA-256 over the canonical bytes of the immutable fields, lowercase hex.</summary>
    public static string ComputeId(IReadOnlyList<string> fromFacts, string description, string creator, long createdAt)
    {
        ArgumentNullException.ThrowIfNull(fromFacts);
        var writer = new CanonicalWriter().Text("intent").Number(fromFacts.Count);
        foreach (string fact in fromFacts)
        {
            writer.Text(fact);
        }
        return Convert.ToHexStringLower(SHA256.HashData(writer.Text(description).Text(creator).Number(createdAt).ToArray()));
    }

    /// <summary>Equal when every field is, the fact list element by element.</summary>
    public bool Equals(Intent? other) =>
        other is not null && Id == other.Id && FromFacts.SequenceEqual(other.FromFacts) && Description == other.Description
        && Creator == other.Creator && CreatedAt == other.CreatedAt && Phase == other.Phase && Worker == other.Worker
        && LastHeartbeatAt == other.LastHeartbeatAt && ToFact == other.ToFact && ConcludedAt == other.ConcludedAt;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal); // determinism-ok: never ordered by
}
