using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>The exchange contract: commit <see cref="Fact"/>, then read up to the contract ratio of
/// committed Facts whose mime type is <see cref="Query"/>, newest first.</summary>
public sealed record ExchangeAction(long At, Fact Fact, string Query) : BlackboardAction(At, Fact.Creator);
