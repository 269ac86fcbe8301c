namespace Nexus.Tests;

/// <summary>The seeds scenario tests run on: never one lucky seed.</summary>
public static class SeedBank
{
    public static readonly ulong[] Seeds = [1, 2, 3, 5, 8, 13, 42, 1_000_003, 0xDEADBEEF, ulong.MaxValue];
}
