namespace Nexus.Experiments.Output;

/// <summary>Writes a file so that it is either complete or absent: the content goes to a temporary
/// file beside the target, which replaces the target only after the writer has finished. A run that
/// fails or is interrupted never leaves a truncated file where a complete one is expected.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically; returns what it returned.</summary>
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        T result = default!;
        WriteTo(path, partial =>
        {
            using var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            result = write(stream);
        });
        return result;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, atomically.</summary>
    public static void WriteBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream =>
        {
            stream.Write(bytes);
            return 0;
        });
    }

    /// <summary>Writes <paramref name="path"/> atomically through <paramref name="write"/>, which is given the
    /// temporary path to write (for writers that take a path, such as a plotting library).</summary>
    public static void WriteTo(string path, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string partial = full + ".partial";
        try
        {
            write(partial);
            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
