using System.Text.Json;

namespace SomeTeams.Core.Triage;

/// <summary>Reads rule files with <see cref="JsonDocument"/>: the format is small and every error names its place.</summary>
internal static class TriageRulesParser
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TriageRules Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Triage rules are not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("languages", out var list))
            {
                return new TriageRules([.. list.EnumerateArray().Select(ParseLanguage)]);
            }

            return new TriageRules([ParseLanguage(root)]);
        }
    }

    private static LanguageRules ParseLanguage(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("language", out var code) || code.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("Triage rules: each language needs a \"language\" code.");
        }

        var language = code.GetString()!;
        var detect = e.TryGetProperty("detect", out var d) ? d : default;
        Topic? questionTopic = null;
        if (e.TryGetProperty("questionTopic", out var q))
        {
            questionTopic = TriageNames.TryParseTopic(q.GetString() ?? "", out var t) ? t : throw new FormatException($"Triage rules ({language}): unknown questionTopic '{q}'.");
        }

        return new LanguageRules(
            language,
            Strings(detect, "words", language),
            Strings(detect, "endings", language),
            Strings(detect, "fragments", language),
            Strings(e, "negations", language),
            Strings(e, "positive", language),
            Strings(e, "negative", language),
            Map<Topic>(e, "topics", language, name => TriageNames.TryParseTopic(name, out var t) ? t : null),
            Map<SensitiveReasons>(e, "sensitive", language, name => TriageNames.TryParseReason(name, out var r) ? r : null),
            questionTopic);
    }

    private static Dictionary<TKey, IReadOnlyList<string>> Map<TKey>(JsonElement e, string property, string language, Func<string, TKey?> key)
        where TKey : struct
    {
        var map = new Dictionary<TKey, IReadOnlyList<string>>();
        if (!e.TryGetProperty(property, out var obj))
        {
            return map;
        }

        foreach (var p in obj.EnumerateObject())
        {
            var k = key(p.Name) ?? throw new FormatException($"Triage rules ({language}): unknown {property} name '{p.Name}'.");
            map[k] = Strings(obj, p.Name, language);
        }

        return map;
    }

    private static string[] Strings(JsonElement e, string property, string language)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            throw new FormatException($"Triage rules ({language}): \"{property}\" must be a list of strings.");
        }

        return [.. array.EnumerateArray().Select(x => x.GetString()!)];
    }
}
