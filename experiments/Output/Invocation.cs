namespace Nexus.Experiments.Output;

/// <summary>How a command nexus prints for the user to run begins: the launcher at the repository root,
/// so a printed replay or reproduce line runs as printed from there after the README's set-up (a bare
/// <c>nexus</c> is on no one's PATH).</summary>
public static class Invocation
{
    /// <summary>The start of every printed command.</summary>
    public const string Nexus = "./nexus";
}
