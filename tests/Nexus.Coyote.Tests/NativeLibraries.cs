using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nexus.Coyote.Tests;

/// <summary>Finds NSec's native libsodium in this assembly's <c>runtimes/RID/native</c> folder. The test
/// runner finds it there by itself; the <c>coyote</c> command line hosts this assembly in its own
/// process, which does not read this assembly's dependency file, so it needs showing.</summary>
internal static class NativeLibraries
{
    private const string Sodium = "libsodium";

    /// <summary>Once per process: a second copy of this assembly (another load context) finds the resolver set.</summary>
    [ModuleInitializer]
    internal static void ShowWhereSodiumIs()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(NSec.Cryptography.Key).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // Already shown, by the first copy loaded.
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Sodium)
        {
            return IntPtr.Zero;
        }
        string folder = Path.Combine(Path.GetDirectoryName(typeof(NativeLibraries).Assembly.Location) ?? "", "runtimes");
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string file = OperatingSystem.IsWindows() ? "libsodium.dll" : OperatingSystem.IsMacOS() ? "libsodium.dylib" : "libsodium.so";
        string[] rids = [RuntimeInformation.RuntimeIdentifier, os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()];
        foreach (string rid in rids)
        {
            string candidate = Path.Combine(folder, rid, "native", file);
            if (File.Exists(candidate))
            {
                return NativeLibrary.Load(candidate);
            }
        }
        return IntPtr.Zero;
    }
}
