using Nexus.Experiments.Output;

namespace Nexus.Tests.Experiments;

public sealed class AtomicFileTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-atomic-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_write_that_fails_midway_leaves_the_previous_file_untouched_and_no_partial_file()
    {
        string path = Path.Combine(_directory, "out.csv");
        File.WriteAllText(path, "complete\n");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write<int>(path, stream =>
        {
            stream.Write("half a ro"u8);
            throw new InvalidOperationException("interrupted");
        }));

        Assert.That(File.ReadAllText(path), Is.EqualTo("complete\n"));
        Assert.That(Directory.GetFiles(_directory), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void A_write_that_fails_leaves_no_file_where_there_was_none()
    {
        string path = Path.Combine(_directory, "sub", "out.csv");
        Assert.Throws<IOException>(() => AtomicFile.Write<int>(path, _ => throw new IOException("disk full")));
        Assert.That(File.Exists(path), Is.False);
        Assert.That(Directory.GetFiles(Path.Combine(_directory, "sub")), Is.Empty);
    }

    [Test]
    public void A_write_that_completes_replaces_the_file()
    {
        string path = Path.Combine(_directory, "out.csv");
        File.WriteAllText(path, "old\n");
        AtomicFile.Write(path, stream => { stream.Write("new\n"u8); return 0; });
        Assert.That(File.ReadAllText(path), Is.EqualTo("new\n"));
    }
}
