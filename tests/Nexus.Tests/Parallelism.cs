// Fixtures run side by side, one per core: most tests are CPU-bound simulations on virtual time, whose
// results do not depend on what else runs. A fixture whose test reads the real clock (a served target,
// a load test) or shares a process-wide resource says [NonParallelizable] and runs alone.
[assembly: Parallelizable(ParallelScope.Fixtures)]
