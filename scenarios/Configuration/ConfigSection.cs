using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Nexus.Scenarios.Configuration;

/// <summary>One YAML mapping of a config file, read strictly: every key must be one the reader asks
/// for (<see cref="RejectUnknownKeys"/>), every value of the type asked for; each error names the
/// file, the line and the dotted field.</summary>
public sealed class ConfigSection
{
    /// <summary>The largest config read, in characters: a config is data from strangers.</summary>
    public const int SizeMax = 1 << 20;

    /// <summary>The deepest nesting of lists and mappings read; deeper documents are refused before
    /// they are built, since building them recurses.</summary>
    public const int DepthMax = 32;

    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private ConfigSection(string file, string path, YamlMappingNode node)
    {
        File = file;
        Path = path;
        _node = node;
    }

    /// <summary>The file this section came from.</summary>
    public string File { get; }

    /// <summary>The dotted path of this section ("" at the top).</summary>
    public string Path { get; }

    /// <summary>The existing file <paramref name="key"/> names, relative to the config file's own folder;
    /// an error naming the key when there is no such file.</summary>
    public string ExistingFile(string key)
    {
        string file = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(File))!, Text(key)));
        return System.IO.File.Exists(file) ? file : throw ErrorAt(key, $"no such {key} file '{file}'");
    }

    /// <summary>The top-level mapping of the YAML in <paramref name="text"/>, read from <paramref name="file"/>.</summary>
    public static ConfigSection Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > SizeMax)
        {
            throw new ConfigError(file, 1, "(document)", $"is {text.Length} characters long; a config holds at most {SizeMax}");
        }
        var stream = new YamlStream();
        // Read twice: once as events, to refuse deep nesting before anything recursive sees it, then as nodes.
        var scanner = new YamlDotNet.Core.Scanner(new StringReader(text));
        try
        {
            RejectDeepNesting(file, new YamlDotNet.Core.Parser(scanner));
            scanner = new YamlDotNet.Core.Scanner(new StringReader(text));
            stream.Load(new YamlDotNet.Core.Parser(scanner));
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new ConfigError(file, (int)error.Start.Line, "(syntax)", error.InnerException?.Message ?? error.Message);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            // The scanner gives up on some malformed input without a position; where it stopped is the line.
            throw new ConfigError(file, (int)scanner.CurrentPosition.Line, "(syntax)", "malformed YAML: " + error.Message);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ConfigError(file, 1, "(document)", "expected one YAML document holding a mapping of keys");
        }
        return new ConfigSection(file, "", root);
    }

    /// <summary>Walks the document's events (no recursion) and refuses nesting deeper than <see cref="DepthMax"/>.</summary>
    private static void RejectDeepNesting(string file, YamlDotNet.Core.Parser parser)
    {
        int depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > DepthMax)
                    {
                        throw new ConfigError(file, (int)parser.Current.Start.Line, "(document)", $"nests lists and mappings deeper than {DepthMax} levels");
                    }
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>The <c>name</c> key, which must equal the file's name without its extension (it names the outputs).</summary>
    public string NameMatchingFile()
    {
        string name = Text("name");
        string expected = System.IO.Path.GetFileNameWithoutExtension(File);
        return name == expected ? name : throw ErrorAt("name", $"must match the file name '{expected}', got '{name}'");
    }

    /// <summary>The nested mapping under <paramref name="key"/>.</summary>
    public ConfigSection Section(string key)
    {
        YamlNode node = Required(key);
        return node is YamlMappingNode mapping
            ? new ConfigSection(File, FieldOf(key), mapping)
            : throw Error(node, key, "expected a mapping of keys");
    }

    /// <summary>The nested mapping under <paramref name="key"/>, or null when the key is absent.</summary>
    public ConfigSection? OptionalSection(string key) => Has(key) ? Section(key) : null;

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool Has(string key)
    {
        _read.Add(key);
        return _node.Children.ContainsKey(new YamlScalarNode(key));
    }

    /// <summary>The text under <paramref name="key"/>.</summary>
    public string Text(string key) => Scalar(key).Value ?? "";

    /// <summary>The text under <paramref name="key"/>, which must be one of <paramref name="allowed"/>.</summary>
    public string OneOf(string key, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        string value = Text(key);
        return allowed.Contains(value) ? value : throw ErrorAt(key, $"unknown value '{value}' (known: {string.Join(", ", allowed)})");
    }

    /// <summary>The text under <paramref name="key"/>, one of <paramref name="allowed"/>, or <paramref name="fallback"/> when absent.</summary>
    public string OneOfOr(string key, IReadOnlyList<string> allowed, string fallback) => Has(key) ? OneOf(key, allowed) : fallback;

    /// <summary><c>true</c> or <c>false</c> under <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public bool FlagOr(string key, bool fallback) => Has(key) ? OneOf(key, ["true", "false"]) == "true" : fallback;

    /// <summary>The number under <paramref name="key"/>, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double Number(string key, double min = double.MinValue, double max = double.MaxValue) => ParseNumber(Scalar(key), key, min, max);

    /// <summary>The number under <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public double NumberOr(string key, double fallback, double min = double.MinValue, double max = double.MaxValue) =>
        Has(key) ? Number(key, min, max) : fallback;

    /// <summary>The whole number under <paramref name="key"/>, within [<paramref name="min"/>, <paramref name="max"/>]; a fraction is refused.</summary>
    public int Integer(string key, int min, int max) => ParseInteger(Scalar(key), key, min, max);

    /// <summary>The non-empty list of numbers under <paramref name="key"/>, each within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public IReadOnlyList<double> Numbers(string key, double min = double.MinValue, double max = double.MaxValue) =>
        Items(key).Select(item => ParseNumber(item, key, min, max)).ToArray();

    /// <summary>The non-empty list of distinct numbers under <paramref name="key"/>, each within the bounds.</summary>
    public IReadOnlyList<double> DistinctNumbers(string key, double min = double.MinValue, double max = double.MaxValue) =>
        Distinct(key, Items(key).Select(item => (item, ParseNumber(item, key, min, max))));

    /// <summary>The non-empty list of distinct whole numbers under <paramref name="key"/>, each within the bounds.</summary>
    public IReadOnlyList<int> DistinctIntegers(string key, int min, int max) =>
        Distinct(key, Items(key).Select(item => (item, ParseInteger(item, key, min, max))));

    /// <summary>The non-empty list of texts under <paramref name="key"/>.</summary>
    public IReadOnlyList<string> Texts(string key) => Items(key).Select(item => item.Value ?? "").ToArray();

    /// <summary>The non-empty list of distinct texts under <paramref name="key"/>.</summary>
    public IReadOnlyList<string> DistinctTexts(string key) => Distinct(key, Items(key).Select(item => (item, item.Value ?? "")));

    /// <summary>Throws, naming the line and the value, when <paramref name="values"/> repeats one.</summary>
    private IReadOnlyList<T> Distinct<T>(string key, IEnumerable<(YamlScalarNode Node, T Value)> values)
    {
        var seen = new HashSet<T>();
        var result = new List<T>();
        foreach (var (node, value) in values)
        {
            if (!seen.Add(value))
            {
                throw Error(node, key, $"'{node.Value}' is listed twice");
            }
            result.Add(value);
        }
        return result;
    }

    /// <summary>The non-empty list of mappings under <paramref name="key"/>, each read as a section named <c>key[i]</c>.</summary>
    public IReadOnlyList<ConfigSection> Sections(string key)
    {
        YamlSequenceNode sequence = Sequence(key);
        return sequence.Children.Select((node, index) => node is YamlMappingNode mapping
            ? new ConfigSection(File, $"{FieldOf(key)}[{index}]", mapping)
            : throw Error(node, $"{key}[{index}]", "expected a mapping of keys")).ToArray();
    }

    /// <summary>Throws for the first key present that no call has asked for, naming it and its line.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(key))
            {
                throw Error(keyNode, key, $"unknown key (expected one of: {string.Join(", ", _read.Order(StringComparer.Ordinal))})");
            }
        }
    }

    /// <summary>An error at the node of <paramref name="key"/>.</summary>
    public ConfigError ErrorAt(string key, string problem) =>
        Error(_node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? node : _node, key, problem);

    private IReadOnlyList<YamlScalarNode> Items(string key)
    {
        YamlSequenceNode sequence = Sequence(key);
        return sequence.Children.Select((node, index) => node as YamlScalarNode
            ?? throw Error(node, $"{key}[{index}]", "expected a single value")).ToArray();
    }

    private YamlSequenceNode Sequence(string key)
    {
        YamlNode node = Required(key);
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, key, "expected a list, e.g. [a, b]");
        }
        return sequence.Children.Count > 0 ? sequence : throw Error(node, key, "the list must not be empty");
    }

    private double ParseNumber(YamlScalarNode scalar, string key, double min, double max)
    {
        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw Error(scalar, key, $"expected a number, got '{scalar.Value}'");
        }
        if (value < min || value > max)
        {
            throw Error(scalar, key, $"must lie in [{Format(min)}, {Format(max)}], got {Format(value)}");
        }
        return value;
    }

    private int ParseInteger(YamlScalarNode scalar, string key, int min, int max)
    {
        double value = ParseNumber(scalar, key, min, max);
        return value == Math.Floor(value) ? (int)value : throw Error(scalar, key, $"expected a whole number, got '{scalar.Value}'");
    }

    private YamlScalarNode Scalar(string key)
    {
        YamlNode node = Required(key);
        return node as YamlScalarNode ?? throw Error(node, key, "expected a single value, not a list or mapping");
    }

    private YamlNode Required(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node)
            ? node
            : throw Error(_node, key, "required key is missing");
    }

    private ConfigError Error(YamlNode node, string key, string problem) => new(File, (int)node.Start.Line, FieldOf(key), problem);

    private string FieldOf(string key) => Path.Length == 0 ? key : Path + "." + key;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
