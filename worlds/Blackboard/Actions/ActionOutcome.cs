namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>What an action returned: an error, or success with the Fact ids it yields (an exchange's
/// search results, a conclusion's Fact).</summary>
public sealed record ActionOutcome(BlackboardError Error, IReadOnlyList<string> FactIds)
{
    /// <summary>Success with nothing to return.</summary>
    public static readonly ActionOutcome Done = new(BlackboardError.None, []);

    /// <summary>A refusal.</summary>
    public static ActionOutcome Refused(BlackboardError error) => new(error, []);

    /// <summary>True when the action succeeded.</summary>
    public bool Succeeded => Error == BlackboardError.None;

    /// <summary>Equal when the errors and the Fact ids, in order, are.</summary>
    public bool Equals(ActionOutcome? other) => other is not null && Error == other.Error && FactIds.SequenceEqual(other.FactIds);

    /// <inheritdoc />
    public override int GetHashCode() => (int)Error;

    /// <summary>"None [id, id]" or the error.</summary>
    public override string ToString() => Succeeded ? $"ok [{string.Join(", ", FactIds)}]" : Error.ToString();
}
