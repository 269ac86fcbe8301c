namespace Nexus.Worlds.NetworkWorld;

/// <summary>The eleven commands, in the drivers' index order.</summary>
public enum NetCommand
{
    /// <summary><c>host_up H</c></summary>
    HostUp,

    /// <summary><c>host_down H</c></summary>
    HostDown,

    /// <summary><c>link_up A B</c></summary>
    LinkUp,

    /// <summary><c>link_down A B</c></summary>
    LinkDown,

    /// <summary><c>svc_up H PORT</c></summary>
    SvcUp,

    /// <summary><c>svc_down H PORT</c></summary>
    SvcDown,

    /// <summary><c>fw_deny H SRC</c></summary>
    FwDeny,

    /// <summary><c>fw_allow H SRC</c></summary>
    FwAllow,

    /// <summary><c>connect SRC DST PORT</c></summary>
    Connect,

    /// <summary><c>close SRC DST PORT</c></summary>
    Close,

    /// <summary><c>advance</c></summary>
    Advance,
}
