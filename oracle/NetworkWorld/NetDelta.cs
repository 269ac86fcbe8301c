using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>An ordered list of edits and <c>apply</c> (spec section 7.2): a copy of the state with each
/// edit applied in order; the input is never changed. Host-scoped edits ensure their host.</summary>
public static class NetDelta
{
    /// <summary><c>apply(s, delta)</c>.</summary>
    public static NetworkState Apply(NetworkState state, IReadOnlyList<NetEdit> delta)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(delta);
        if (delta.Count == 0)
        {
            return state; // states are immutable: the unchanged state is its own copy
        }
        NetworkStateEditor editor = state.Edit();
        for (int i = 0; i < delta.Count; i++)
        {
            NetEdit edit = delta[i];
            switch (edit.Kind)
            {
                case NetEditKind.HostUp: editor.SetUp(edit.First, true); break;
                case NetEditKind.HostDown: editor.SetUp(edit.First, false); break;
                case NetEditKind.LinkAdd: editor.AddLink(edit.First, edit.Second); break;
                case NetEditKind.LinkDel: editor.RemoveLink(edit.First, edit.Second); break;
                case NetEditKind.SvcUp: editor.AddService(edit.First, edit.Number); break;
                case NetEditKind.SvcDown: editor.RemoveService(edit.First, edit.Number); break;
                case NetEditKind.FwDeny: editor.AddDeny(edit.First, edit.Second); break;
                case NetEditKind.FwAllow: editor.RemoveDeny(edit.First, edit.Second); break;
                case NetEditKind.FlowOpen: editor.AddFlow(new Flow(edit.First, edit.Second, edit.Number)); break;
                case NetEditKind.FlowClose: editor.RemoveFlow(new Flow(edit.First, edit.Second, edit.Number)); break;
                case NetEditKind.ClockAdvance: editor.AdvanceClock(edit.Number); break;
                default: editor.SetLastExit(edit.Number); break;
            }
        }
        return editor.ToState();
    }
}
