namespace Nexus.Experiments.Configuration;

/// <summary>A sweep of the propose -> verify -> correct loop, as a researcher writes it in
/// <c>configs/NAME.yaml</c>; every key is documented in <c>configs/README.md</c>.</summary>
public sealed record LoopSweepConfig(
    string Name,
    string World,
    int Agents,
    int Hosts,
    int Ports,
    IReadOnlyList<string> Drivers,
    IReadOnlyList<int> Seeds,
    int Steps,
    IReadOnlyList<ProposerSpec> Proposers,
    string Policy,
    IReadOnlyList<string> Modes,
    IReadOnlyList<double> Rhos,
    IReadOnlyList<double> Epsilons,
    int Resamples,
    double Alpha,
    int BootstrapSeed,
    string FigureX);
