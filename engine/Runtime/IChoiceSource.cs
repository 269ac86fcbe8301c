namespace Nexus.Engine.Runtime;

/// <summary>Every nondeterministic decision goes through one of these, so a seed (virtual runtime)
/// or a Coyote strategy (task runtime) decides it, and a trace can replay it.</summary>
public interface IChoiceSource
{
    /// <summary>A choice in [0, <paramref name="maxExclusive"/>).</summary>
    int NextInt(int maxExclusive);

    /// <summary>A yes-or-no choice.</summary>
    bool NextBool();

    /// <summary>What decides the choices, including its seed where it has one.</summary>
    string Describe();
}
