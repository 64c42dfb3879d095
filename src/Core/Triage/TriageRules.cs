using System.Reflection;

namespace SomeTeams.Core.Triage;

/// <summary>
/// The rule set triage runs on: one <see cref="LanguageRules"/> per language. The defaults ship
/// embedded in Core (Triage/Rules/*.json); a brand's file, read by the host, extends them
/// through <see cref="Plus"/> without a rebuild.
/// </summary>
public sealed record TriageRules(IReadOnlyList<LanguageRules> Languages)
{
    private static readonly Lazy<TriageRules> Defaults = new(LoadDefaults);

    public static TriageRules Default => Defaults.Value;

    /// <summary>Parses a rule file: one language object, or { "languages": [ … ] }. Throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TriageRules Parse(string json) => TriageRulesParser.Parse(json);

    public static TriageRules Parse(Stream json)
    {
        using var reader = new StreamReader(json);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>These rules with <paramref name="extra"/>'s terms added, language by language.</summary>
    public TriageRules Plus(TriageRules extra)
    {
        var merged = Languages.ToList();
        foreach (var more in extra.Languages)
        {
            var i = merged.FindIndex(l => l.Language == more.Language);
            if (i < 0)
            {
                merged.Add(more);
            }
            else
            {
                merged[i] = merged[i].Plus(more);
            }
        }

        return new TriageRules(merged);
    }

    private static TriageRules LoadDefaults()
    {
        var assembly = typeof(TriageRules).Assembly;
        var rules = new TriageRules([]);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("triage.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
            rules = rules.Plus(Parse(stream));
        }

        return rules;
    }
}
