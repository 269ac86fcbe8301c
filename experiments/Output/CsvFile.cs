using System.Globalization;
using CsvHelper;

namespace Nexus.Experiments.Output;

/// <summary>Writes records as CSV with CsvHelper: invariant culture, UTF-8 without a byte-order mark,
/// "\n" line ends, atomically (see <see cref="AtomicFile"/>), so the file is byte-identical on every machine.</summary>
public static class CsvFile
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write<T>(string path, IEnumerable<T> rows) => AtomicFile.Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(rows);
        return 0;
    });
}
