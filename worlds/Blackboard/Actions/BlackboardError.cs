namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>Why an action was refused; <see cref="None"/> when it succeeded. A refused action changes nothing.</summary>
public enum BlackboardError
{
    /// <summary>Succeeded.</summary>
    None,

    /// <summary>A field is missing or ill-formed, or an id does not match its content.</summary>
    Malformed,

    /// <summary>A Fact with no content.</summary>
    EmptyContent,

    /// <summary>A payload over the size limit.</summary>
    PayloadTooLarge,

    /// <summary>A mime type the contract does not accept.</summary>
    UnsupportedMimeType,

    /// <summary>The public key does not hash to the creator id.</summary>
    IdentityMismatch,

    /// <summary>The signature does not verify.</summary>
    BadSignature,

    /// <summary>The record is already committed.</summary>
    Replay,

    /// <summary>An active Hint forbids it.</summary>
    RateLimited,

    /// <summary>No such Intent (or it is concluded).</summary>
    UnknownIntent,

    /// <summary>Someone else holds the Intent.</summary>
    Conflict,

    /// <summary>Only the Intent's current owner may do this.</summary>
    NotOwner,

    /// <summary>The stores failed past every retry; nothing was committed.</summary>
    StoreFailure,
}
