namespace Nexus.Oracle.NetworkWorld;

/// <summary>The twelve edit types of docs/network-world.md, Deltas.</summary>
public enum NetEditKind
{
    /// <summary>host_up(host)</summary>
    HostUp,

    /// <summary>host_down(host)</summary>
    HostDown,

    /// <summary>link_add(a, b), argument order kept</summary>
    LinkAdd,

    /// <summary>link_del(a, b), argument order kept</summary>
    LinkDel,

    /// <summary>svc_up(host, port)</summary>
    SvcUp,

    /// <summary>svc_down(host, port)</summary>
    SvcDown,

    /// <summary>fw_deny(host, src)</summary>
    FwDeny,

    /// <summary>fw_allow(host, src)</summary>
    FwAllow,

    /// <summary>flow_open(src, dst, port)</summary>
    FlowOpen,

    /// <summary>flow_close(src, dst, port)</summary>
    FlowClose,

    /// <summary>clock_advance(amount)</summary>
    ClockAdvance,

    /// <summary>set_result(exit_code)</summary>
    SetResult,
}
