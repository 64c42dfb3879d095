using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SomeTeams.Cli.Package;

/// <summary>
/// Fills the toolkit's <c>${{NAME}}</c> placeholders inside the string values of a manifest
/// or localisation file. Values go into parsed JSON strings, never into the raw text, so a
/// value with quotes or backslashes cannot break the JSON.
/// </summary>
internal static partial class ManifestTemplate
{
    [GeneratedRegex(@"\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Replaces every placeholder that has a value, in place, and adds every placeholder name to <paramref name="used"/>.</summary>
    public static void Fill(JsonNode? node, IReadOnlyDictionary<string, string> values, ISet<string> used)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Substitute(text, values, used);
                    }
                    else
                    {
                        Fill(child, values, used);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Substitute(text, values, used);
                    }
                    else
                    {
                        Fill(array[i], values, used);
                    }
                }
                break;
        }
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values, ISet<string> used) =>
        Placeholder().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            used.Add(name);
            return values.TryGetValue(name, out var value) ? value : match.Value;
        });
}
