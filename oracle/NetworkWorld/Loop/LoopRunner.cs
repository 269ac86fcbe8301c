using Nexus.Oracle.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>The loop on the network world (docs/network-world.md, The loop): <see cref="WorldLoop"/> with the network
/// world, a network proposer, and for probe mode the host observation and belief filter of section 9.7.</summary>
public static class LoopRunner
{
    /// <summary>Runs the loop over <paramref name="actions"/> from <paramref name="initial"/>; a null
    /// <paramref name="budget"/> means no cap and no backstop.</summary>
    public static LoopRecord Run(IProposer proposer, NetworkState initial, IReadOnlyList<NetAction> actions, IConsultationPolicy policy,
        int? budget, ConsultMode mode, IProbePolicy? probe = null)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(policy);
        if (mode == ConsultMode.Probe && probe is null)
        {
            throw new ArgumentException("probe mode needs a probe policy", nameof(probe));
        }
        ProbeCorrection<NetworkState>? correction = probe is null ? null : (coupledBefore, predicted, oracleNext) =>
        {
            // The host is chosen from the pre-step coupled state; the observation is of the oracle's next state.
            HostObservation observation = HostObservation.Of(oracleNext, probe.Select(coupledBefore));
            return (observation.Filter(predicted), observation.Bits);
        };
        return WorldLoop.Run(NetworkLoopWorld.Instance, (state, action) =>
        {
            Proposal proposal = proposer.Propose(state, action);
            return new LoopProposal<IReadOnlyList<NetEdit>>(proposal.Delta, proposal.Signal);
        }, initial, actions, policy, budget, mode == ConsultMode.Full ? null : correction);
    }
}
