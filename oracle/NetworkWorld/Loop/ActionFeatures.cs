using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>Local features of (state, action) for the learned proposer: what a model can see without
/// computing reachability. Multi-hop paths are invisible to it, so it errs where they decide.</summary>
public static class ActionFeatures
{
    /// <summary>Features of an action, the constant 1 first.</summary>
    public static double[] Of(NetworkState state, NetAction action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        string a = action.Hosts.Count > 0 ? action.Hosts[0] : "";
        string b = action.Hosts.Count > 1 ? action.Hosts[1] : "";
        HostRecord? first = state.Hosts.GetValueOrDefault(a);
        HostRecord? second = state.Hosts.GetValueOrDefault(b);
        double Bit(bool value) => value ? 1.0 : 0.0;
        return
        [
            1.0,
            Bit(first is not null), Bit(first?.Up == true),
            Bit(second is not null), Bit(second?.Up == true), Bit(a == b),
            Bit(b.Length > 0 && state.Links.Contains(LinkKey.Of(a, b))),
            Bit(first?.Services.Contains(action.Port) == true), Bit(second?.Services.Contains(action.Port) == true),
            Bit(first?.FwDeny.Contains(b) == true), Bit(second?.FwDeny.Contains(a) == true),
            Bit(state.Flows.Contains(new Flow(a, b, action.Port))),
            Bit(state.Links.Any(link => link.A == a || link.B == a)), Bit(state.Links.Any(link => link.A == b || link.B == b)),
        ];
    }

    /// <summary>Features of an open flow at an advance: whether its path and service still look intact.</summary>
    public static double[] OfFlow(NetworkState state, Flow flow)
    {
        ArgumentNullException.ThrowIfNull(state);
        HostRecord? source = state.Hosts.GetValueOrDefault(flow.Src);
        HostRecord? target = state.Hosts.GetValueOrDefault(flow.Dst);
        double Bit(bool value) => value ? 1.0 : 0.0;
        return
        [
            1.0, Bit(source?.Up == true), Bit(target?.Up == true), Bit(target?.Services.Contains(flow.Port) == true),
            Bit(target?.FwDeny.Contains(flow.Src) == true), Bit(state.Links.Contains(LinkKey.Of(flow.Src, flow.Dst))), Bit(flow.Src == flow.Dst),
        ];
    }
}
