namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>How a consultation corrects the coupled state.</summary>
public enum ConsultMode
{
    /// <summary>The oracle's whole next state replaces the coupled state; costs |F(truth)| symbols.</summary>
    Full,

    /// <summary>One host is observed and filtered in; costs that observation's bits.</summary>
    Probe,
}
