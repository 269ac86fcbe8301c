namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>One thing done to a blackboard, at virtual time <see cref="At"/>, by agent <see cref="Agent"/> (an id).</summary>
public abstract record BlackboardAction(long At, string Agent);
