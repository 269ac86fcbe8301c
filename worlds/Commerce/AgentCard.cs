namespace Nexus.Worlds.Commerce;

/// <summary>An agent's card in the gossip registry: its name, whether it sells, its X25519 public key
/// (bids to it are sealed to this key) and its Ed25519 public key (its receipts are signed with the
/// matching private key). Cards carry no role: a shill's says it sells, like an honest seller's.</summary>
public sealed record AgentCard(string Name, bool Sells, byte[] AgreementKey, byte[] SigningKey);
