
namespace Nexus.Worlds.Blackboard.Records;

/// <summary>An exploration direction. The first five fields never change (its creator chooses them,
/// <see cref="CreatedAt"/> included); the blackboard sets <see cref="AdmittedAt"/> once, when it admits
/// the Intent, from the deciding worker's clock; the status fields follow the lifecycle:
/// <see cref="Worker"/> and <see cref="LastHeartbeatAt"/> while claimed, <see cref="Worker"/>,
/// <see cref="ToFact"/> and <see cref="ConcludedAt"/> once concluded.</summary>
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
    /// <summary>When the blackboard admitted it, on the deciding worker's clock (0 until admitted): what
    /// its time-based limits count, so a creator's timestamp cannot move an Intent out of a throttle's
    /// window or past its time to live.</summary>
    public long AdmittedAt { get; init; }

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
        return writer.Text(description).Text(creator).Number(createdAt).Sha256Hex();
    }

    /// <summary>Equal when every field is, the fact list element by element.</summary>
    public bool Equals(Intent? other) =>
        other is not null && Id == other.Id && FromFacts.SequenceEqual(other.FromFacts) && Description == other.Description
        && Creator == other.Creator && CreatedAt == other.CreatedAt && Phase == other.Phase && Worker == other.Worker
        && LastHeartbeatAt == other.LastHeartbeatAt && ToFact == other.ToFact && ConcludedAt == other.ConcludedAt && AdmittedAt == other.AdmittedAt;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal); // determinism-ok: never ordered by
}
