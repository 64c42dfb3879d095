using System.Text.RegularExpressions;

namespace SomeTeams.Core.Templates;

/// <summary>The values a template's variables take on a card: the customer's name or handle, the agent's name, the case reference.</summary>
public sealed partial record TemplateValues(string Author, string Agent, string Case)
{
    public static IReadOnlyList<string> Variables { get; } = ["author", "agent", "case"];

    public string Render(string text) => Variable().Replace(text, m => m.Groups[1].Value switch
    {
        "author" => Author,
        "agent" => Agent,
        "case" => Case,
        _ => m.Value,
    });

    /// <summary>Variables a template uses that no card can fill, so an admin hears of a typo before an agent does.</summary>
    public static IEnumerable<string> Unknown(string text) =>
        Variable().Matches(text).Select(m => m.Groups[1].Value).Where(v => !Variables.Contains(v)).Distinct();

    [GeneratedRegex(@"\{([A-Za-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
