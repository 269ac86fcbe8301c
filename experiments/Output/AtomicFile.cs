namespace Nexus.Experiments.Output;

/// <summary>Writes a file so that it is either complete or absent: the content goes to a temporary
/// file beside the target, which replaces the target only after the writer has finished. A run that
/// fails or is interrupted never leaves a truncated file where a complete one is expected.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically; returns what it returned.</summary>
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string partial = full + ".partial";
        try
        {
            T result;
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                result = write(stream);
            }
            File.Move(partial, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
