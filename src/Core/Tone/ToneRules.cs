using System.Text.Json;

namespace SomeTeams.Core.Tone;

/// <summary>
/// Tone rules for every language; defaults are embedded (Tone/Rules/*.json), a brand's file read
/// by the host extends them. Parsing names what is wrong with a <see cref="FormatException"/>.
/// </summary>
public sealed record ToneRules(IReadOnlyList<ToneLanguageRules> Languages)
{
    private static readonly Lazy<ToneRules> Defaults = new(() => Load(typeof(ToneRules).Assembly, "tone."));

    public static ToneRules Default => Defaults.Value;

    public ToneRules Plus(ToneRules extra)
    {
        var merged = Languages.ToList();
        foreach (var more in extra.Languages)
        {
            var i = merged.FindIndex(l => l.Language == more.Language);
            merged.Add(i < 0 ? more : merged[i].Plus(more));
            if (i >= 0)
            {
                merged.RemoveAt(i);
            }
        }

        return new ToneRules(merged);
    }

    public static ToneRules Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            var languages = root.TryGetProperty("languages", out var list) ? [.. list.EnumerateArray()] : new[] { root };
            return new ToneRules([.. languages.Select(ParseLanguage)]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"Tone rules are not valid: {e.Message}", e);
        }
    }

    private static ToneLanguageRules ParseLanguage(JsonElement e)
    {
        var language = e.GetProperty("language").GetString() ?? throw new FormatException("Tone rules: each language needs a \"language\" code.");
        var terms = new Dictionary<ToneTerm, IReadOnlyList<string>>();
        foreach (var kind in Enum.GetValues<ToneTerm>())
        {
            if (e.TryGetProperty(kind.ToString().ToLowerInvariant(), out var array))
            {
                terms[kind] = [.. array.EnumerateArray().Select(x => x.GetString() ?? throw new FormatException($"Tone rules ({language}): {kind} holds a non-string."))];
            }
        }

        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e.TryGetProperty("messages", out var m))
        {
            foreach (var p in m.EnumerateObject())
            {
                messages[p.Name] = ToneCodes.All.Contains(p.Name) ? p.Value.GetString() ?? "" : throw new FormatException($"Tone rules ({language}): unknown message code '{p.Name}'.");
            }
        }

        return new ToneLanguageRules(language, terms, messages);
    }

    private static ToneRules Load(System.Reflection.Assembly assembly, string prefix)
    {
        var rules = new ToneRules([]);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            rules = rules.Plus(Parse(reader.ReadToEnd()));
        }

        return rules;
    }
}
