using System.Collections.Immutable;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>An ordered list of edits and <c>apply</c> (docs/network-world.md, Deltas): a copy of the state with each
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
        // The oracle's deltas are arrays: read them as a span rather than through the list interface.
        ReadOnlySpan<NetEdit> edits = delta switch
        {
            NetEdit[] array => array,
            ImmutableArray<NetEdit> immutable => immutable.AsSpan(),
            _ => delta.ToArray(),
        };
        foreach (NetEdit edit in edits)
        {
            ApplyTo(ref editor, edit, edit.First, edit.Second);
        }
        return editor.ToState();
    }

    /// <summary>Applies one edit; <paramref name="first"/> and <paramref name="second"/> are its host
    /// fields, possibly already resolved against the state (the oracle resolves them once per step).</summary>
    internal static void ApplyTo(ref NetworkStateEditor editor, NetEdit edit, HostKey first, HostKey second)
    {
        switch (edit.Kind)
        {
            case NetEditKind.HostUp: editor.SetUp(first, true); break;
            case NetEditKind.HostDown: editor.SetUp(first, false); break;
            case NetEditKind.LinkAdd: editor.AddLink(first, second); break;
            case NetEditKind.LinkDel: editor.RemoveLink(first, second); break;
            case NetEditKind.SvcUp: editor.AddService(first, edit.Number); break;
            case NetEditKind.SvcDown: editor.RemoveService(first, edit.Number); break;
            case NetEditKind.FwDeny: editor.AddDeny(first, second); break;
            case NetEditKind.FwAllow: editor.RemoveDeny(first, second); break;
            case NetEditKind.FlowOpen: editor.AddFlow(new Flow(edit.First, edit.Second, edit.Number)); break;
            case NetEditKind.FlowClose: editor.RemoveFlow(new Flow(edit.First, edit.Second, edit.Number)); break;
            case NetEditKind.ClockAdvance: editor.AdvanceClock(edit.Number); break;
            default: editor.SetLastExit(edit.Number); break;
        }
    }
}
