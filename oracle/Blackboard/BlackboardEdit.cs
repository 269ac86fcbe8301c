using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>One edit of a blackboard state: the head set, or one Fact, Intent or Hint put or removed.</summary>
/// <param name="Kind">What the edit does.</param>
/// <param name="Key">The id it applies to (the new head for <see cref="BlackboardEditKind.SetHead"/>).</param>
/// <param name="Fact">The Fact put, for <see cref="BlackboardEditKind.PutFact"/>.</param>
/// <param name="Intent">The Intent put, for <see cref="BlackboardEditKind.PutIntent"/>.</param>
/// <param name="Hint">The Hint put, for <see cref="BlackboardEditKind.PutHint"/>.</param>
public sealed record BlackboardEdit(BlackboardEditKind Kind, string Key, Fact? Fact = null, Intent? Intent = null, Hint? Hint = null);
