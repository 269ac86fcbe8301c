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
        double Bit(bool value) => value ? 1.0 : 0.0;
        return
        [
            1.0,
            Bit(state.IsKnown(a)), Bit(state.IsUp(a)),
            Bit(state.IsKnown(b)), Bit(state.IsUp(b)), Bit(a == b),
            Bit(b.Length > 0 && state.HasLink(a, b)),
            Bit(state.HasService(a, action.Port)), Bit(state.HasService(b, action.Port)),
            Bit(state.Denies(a, b)), Bit(state.Denies(b, a)),
            Bit(state.HasFlow(new Flow(a, b, action.Port))),
            Bit(state.HasAnyLink(a)), Bit(state.HasAnyLink(b)),
        ];
    }

    /// <summary>Features of an open flow at an advance: whether its path and service still look intact.</summary>
    public static double[] OfFlow(NetworkState state, Flow flow)
    {
        ArgumentNullException.ThrowIfNull(state);
        double Bit(bool value) => value ? 1.0 : 0.0;
        return
        [
            1.0, Bit(state.IsUp(flow.Src)), Bit(state.IsUp(flow.Dst)), Bit(state.HasService(flow.Dst, flow.Port)),
            Bit(state.Denies(flow.Dst, flow.Src)), Bit(state.HasLink(flow.Src, flow.Dst)), Bit(flow.Src == flow.Dst),
        ];
    }
}
