namespace Nexus.Oracle.Loop;

/// <summary>A partial consult: from the pre-step coupled state, the prediction and the oracle's next
/// state, the corrected coupled state and the bits the observation cost.</summary>
public delegate (TState Coupled, long Bits) ProbeCorrection<TState>(TState coupledBefore, TState predicted, TState oracleNext);
