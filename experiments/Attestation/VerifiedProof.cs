namespace Nexus.Experiments.Attestation;

/// <summary>What a verified proof says: its statement's config, code and cell digests and its matrix.</summary>
public sealed record VerifiedProof(string ConfigPath, string ConfigDigest, string CodeDigest, IReadOnlyDictionary<string, string> Cells, int Violated);
