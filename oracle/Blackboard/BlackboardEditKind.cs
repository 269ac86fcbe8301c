namespace Nexus.Oracle.Blackboard;

/// <summary>The kinds of <see cref="BlackboardEdit"/>.</summary>
public enum BlackboardEditKind
{
    /// <summary>The chain head becomes the key.</summary>
    SetHead,

    /// <summary>A Fact is added.</summary>
    PutFact,

    /// <summary>An Intent is added or replaced.</summary>
    PutIntent,

    /// <summary>An Intent is removed.</summary>
    RemoveIntent,

    /// <summary>A Hint is added.</summary>
    PutHint,

    /// <summary>A Hint is removed.</summary>
    RemoveHint,
}
