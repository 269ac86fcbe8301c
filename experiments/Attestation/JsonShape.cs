using System.Text.Json;
using static Nexus.Experiments.Attestation.ProofRule;

namespace Nexus.Experiments.Attestation;

/// <summary>What a value of a signed statement must be, checked strictly: an object has exactly its
/// fields, in the order the statement writes them (an optional one may be absent), each of its kind; an
/// array's items all have one shape. A field the shape does not name, a missing one, or a value of
/// another kind is an <see cref="InvalidDataException"/> naming its path.</summary>
public abstract record JsonShape
{
    /// <summary>A string.</summary>
    public static JsonShape Text { get; } = new Scalar(JsonValueKind.String, "a string");

    /// <summary>An integer.</summary>
    public static JsonShape Integer { get; } = new Scalar(JsonValueKind.Number, "an integer");

    /// <summary>true or false.</summary>
    public static JsonShape Flag { get; } = new Scalar(JsonValueKind.True, "true or false");

    /// <summary>An array whose every item is <paramref name="item"/>.</summary>
    public static JsonShape ListOf(JsonShape item) => new Items(item);

    /// <summary>An object of exactly <paramref name="fields"/>, in that order.</summary>
    public static JsonShape Fields(params Field[] fields) => new Members(fields);

    /// <summary>Throws unless <paramref name="value"/>, at <paramref name="path"/>, has this shape.</summary>
    public abstract void Check(JsonElement value, string path);

    private sealed record Scalar(JsonValueKind Kind, string What) : JsonShape
    {
        public override void Check(JsonElement value, string path)
        {
            bool fits = Kind switch
            {
                JsonValueKind.True => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                JsonValueKind.Number => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
                _ => value.ValueKind == Kind,
            };
            Require(fits, $"{path} must be {What}");
        }
    }

    private sealed record Items(JsonShape Item) : JsonShape
    {
        public override void Check(JsonElement value, string path)
        {
            Require(value.ValueKind == JsonValueKind.Array, $"{path} must be an array");
            int index = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                Item.Check(item, $"{path}[{index++}]");
            }
        }
    }

    private sealed record Members(Field[] Declared) : JsonShape
    {
        public override void Check(JsonElement value, string path)
        {
            Require(value.ValueKind == JsonValueKind.Object, $"{path} must be an object");
            int next = 0;
            foreach (JsonProperty property in value.EnumerateObject())
            {
                while (next < Declared.Length && Declared[next].Name != property.Name && Declared[next].Optional)
                {
                    next++;
                }
                Require(next < Declared.Length && Declared[next].Name == property.Name,
                    next < Declared.Length && !Declared[next].Optional && Declared.Any(field => field.Name == property.Name)
                        ? $"{path}.{Declared[next].Name} is missing"
                        : $"{path} has a field '{property.Name}' the statement does not have there");
                Declared[next].Shape.Check(property.Value, $"{path}.{property.Name}");
                next++;
            }
            Field? missing = Declared.Skip(next).FirstOrDefault(field => !field.Optional);
            Require(missing is null, $"{path}.{missing?.Name} is missing");
        }
    }

}

/// <summary>A field of an object's <see cref="JsonShape"/>.</summary>
public sealed record Field(string Name, JsonShape Shape, bool Optional = false);
