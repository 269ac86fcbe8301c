namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>How an agent signs the Facts it submits.</summary>
public enum SignatureKey
{
    /// <summary>Its own key, as the creator.</summary>
    Valid,

    /// <summary>Another agent named as the creator, with its own key and signature: the key does not hash to the creator.</summary>
    Forged,

    /// <summary>No signature.</summary>
    Missing,
}
