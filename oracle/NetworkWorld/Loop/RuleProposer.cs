using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>A naive world model by rules: every command does what it names (host_up H gives HostUp(H),
/// connect gives FlowOpen, advance only ClockAdvance(1), and so on) and succeeds with exit 0. It
/// ignores validity, idempotency and reachability, so it drifts where those matter; it reports signal
/// 1 for the commands whose outcome depends on reachability (connect, close, advance), 0 otherwise.
/// The repository's example external client implements exactly these rules.</summary>
public sealed class RuleProposer : IProposer
{
    /// <inheritdoc />
    public Proposal Propose(NetworkState state, NetAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IReadOnlyList<string> h = action.Hosts;
        NetEdit? effect = action.Command switch
        {
            NetCommand.HostUp => NetEdit.HostUp(h[0]),
            NetCommand.HostDown => NetEdit.HostDown(h[0]),
            NetCommand.LinkUp => NetEdit.LinkAdd(h[0], h[1]),
            NetCommand.LinkDown => NetEdit.LinkDel(h[0], h[1]),
            NetCommand.SvcUp => NetEdit.SvcUp(h[0], action.Port),
            NetCommand.SvcDown => NetEdit.SvcDown(h[0], action.Port),
            NetCommand.FwDeny => NetEdit.FwDeny(h[0], h[1]),
            NetCommand.FwAllow => NetEdit.FwAllow(h[0], h[1]),
            NetCommand.Connect => NetEdit.FlowOpen(h[0], h[1], action.Port),
            NetCommand.Close => NetEdit.FlowClose(h[0], h[1], action.Port),
            _ => NetEdit.ClockAdvance(1),
        };
        bool uncertain = action.Command is NetCommand.Connect or NetCommand.Close or NetCommand.Advance;
        return new Proposal([effect.Value, NetEdit.SetResult(0)], uncertain ? 1.0 : 0.0);
    }
}
