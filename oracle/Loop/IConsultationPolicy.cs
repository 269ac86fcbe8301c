namespace Nexus.Oracle.Loop;

/// <summary>Decides, at a step the budget allows, whether to consult the oracle. It sees the step, the
/// proposer's signal, and the signals accumulated since the last actual consultation (that step's included).</summary>
public interface IConsultationPolicy
{
    /// <summary>True to consult at step <paramref name="step"/>.</summary>
    bool ShouldConsult(int step, double signal, double accumulated);
}
