using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Scenarios.Exchange;

/// <summary>The weaker foundations the gap report runs the campaign on, on the first <paramref name="Seeds"/> seeds.</summary>
public sealed record GapReportSpec(IReadOnlyList<StoreFoundation> Variants, int Seeds);
