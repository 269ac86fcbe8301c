using System.Runtime.Versioning;
using NSec.Cryptography;
using Nexus.Experiments.Attestation;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.Attestation;

/// <summary>Signing keys: keygen writes standard PEM (PKCS#8 private, owner-only; SPKI public) that
/// openssl reads; a private key others may read is refused, and so is each kind of key given where the
/// other is needed; the earlier one-line files are still read.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class SigningKeyTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-keys-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Stem => Path.Combine(_directory, "mine");

    [Test]
    public void Keygen_writes_a_pkcs8_private_key_for_its_owner_only_and_an_spki_public_key_that_openssl_reads()
    {
        (string privatePath, string publicPath) = SigningKey.Generate(Stem);

        Assert.That(File.ReadAllText(privatePath), Does.StartWith("-----BEGIN PRIVATE KEY-----\n"));
        Assert.That(File.ReadAllText(publicPath), Does.StartWith("-----BEGIN PUBLIC KEY-----\n"));
        Assert.That(File.GetUnixFileMode(privatePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        // openssl derives the same public key from the private file, so other DSSE tools can use both.
        Assert.That(OpenSsl("pkey", "-in", privatePath, "-pubout"), Is.EqualTo(File.ReadAllText(publicPath)));
        using Key key = SigningKey.LoadPrivate(privatePath);
        Assert.That(SigningKey.IdOf(SigningKey.LoadPublic(publicPath)), Is.EqualTo(SigningKey.IdOf(key.PublicKey)));
    }

    [TestCase(UnixFileMode.GroupRead, "640")]
    [TestCase(UnixFileMode.OtherRead, "604")]
    public void A_private_key_its_group_or_others_may_read_is_refused_with_the_fix(UnixFileMode extra, string mode)
    {
        (string privatePath, _) = SigningKey.Generate(Stem);
        File.SetUnixFileMode(privatePath, SigningKey.OwnerOnly | extra);

        var error = Assert.Throws<InvalidDataException>(() => SigningKey.LoadPrivate(privatePath));

        Assert.That(error!.Message, Is.EqualTo($"'{privatePath}' is a private key that its group or others may read (mode {mode}); make it owner-only: chmod 600 '{privatePath}'"));
    }

    [Test]
    public void A_public_key_given_to_sign_and_a_private_key_given_to_verify_are_refused()
    {
        (string privatePath, string publicPath) = SigningKey.Generate(Stem);
        File.SetUnixFileMode(publicPath, SigningKey.OwnerOnly);

        Assert.That(Assert.Throws<InvalidDataException>(() => SigningKey.LoadPrivate(publicPath))!.Message, Does.Contain("holds a public key; signing needs the private key"));
        Assert.That(Assert.Throws<InvalidDataException>(() => SigningKey.LoadPublic(privatePath))!.Message, Does.Contain("holds a private key; checking a proof needs the public key"));
    }

    [Test]
    public void Nexus_attack_given_a_public_key_says_so_in_one_error_line_and_writes_nothing()
    {
        (_, string publicPath) = SigningKey.Generate(Stem);
        string config = Path.Combine(_directory, "exchange-contract.yaml");
        File.WriteAllText(config, Nexus.Tests.Attacks.Campaigns.SmallText());
        string output = Path.Combine(_directory, "out");

        (int exitCode, string printed) = NexusProcess.Run("attack", config, "--output-dir", output, "--key", publicPath);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(printed.Trim(), Does.StartWith("error: ").And.Contain("holds a public key").And.Not.Contain("\n"));
        Assert.That(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), Is.False);
    }

    [Test]
    public void Key_files_of_the_earlier_one_line_form_are_still_read_by_their_name()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        File.WriteAllText(Stem + ".key", Convert.ToBase64String(key.Export(KeyBlobFormat.RawPrivateKey)) + "\n");
        File.SetUnixFileMode(Stem + ".key", SigningKey.OwnerOnly);
        File.WriteAllText(Stem + ".pub", Convert.ToBase64String(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)) + "\n");

        using Key loaded = SigningKey.LoadPrivate(Stem + ".key");

        Assert.That(SigningKey.IdOf(loaded.PublicKey), Is.EqualTo(SigningKey.IdOf(SigningKey.LoadPublic(Stem + ".pub"))));
        Assert.That(Assert.Throws<InvalidDataException>(() => SigningKey.LoadPublic(Stem + ".key"))!.Message, Does.Contain("holds a private key"));
    }

    [TestCase("")]
    [TestCase("not base64 at all")]
    [TestCase("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")]
    public void A_file_that_holds_no_key_is_refused_naming_it(string contents)
    {
        string path = Stem + ".key";
        File.WriteAllText(path, contents);
        File.SetUnixFileMode(path, SigningKey.OwnerOnly);

        var error = Assert.Throws<InvalidDataException>(() => SigningKey.LoadPrivate(path));

        Assert.That(error!.Message, Does.StartWith($"'{path}' does not hold an Ed25519 key"));
    }

    private static string OpenSsl(params string[] arguments)
    {
        (int exitCode, string output, string errors) = ExternalProcess.RunApart("openssl", Path.GetTempPath(), TimeSpan.FromSeconds(30), arguments);
        Assert.That(exitCode, Is.Zero, errors);
        return output;
    }
}
