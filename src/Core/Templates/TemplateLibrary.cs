using System.Text.Json;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Templates;

/// <summary>A brand's saved replies. Parsed from { "templates": [ … ] }; every template is checked on load.</summary>
public sealed record TemplateLibrary(IReadOnlyList<ReplyTemplate> Templates)
{
    /// <summary>The templates that fit a case, best first.</summary>
    public IReadOnlyList<ReplyTemplate> For(string brand, string language, Network network, Topic topic) =>
        [.. Templates
            .Select(t => (Template: t, Fit: t.Fit(brand, language, network, topic)))
            .Where(x => x.Fit is not null)
            .OrderByDescending(x => x.Fit)
            .ThenBy(x => x.Template.Name, StringComparer.Ordinal)
            .Select(x => x.Template)];

    public static TemplateLibrary Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var templates = doc.RootElement.GetProperty("templates").EnumerateArray().Select(ParseTemplate).ToArray();
            var duplicate = templates.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            return duplicate is null ? new TemplateLibrary(templates) : throw new FormatException($"Templates: id '{duplicate.Key}' is used twice.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"Templates are not valid: {e.Message}", e);
        }
    }

    private static ReplyTemplate ParseTemplate(JsonElement e)
    {
        var id = e.GetProperty("id").GetString() ?? throw new FormatException("Templates: a template has no id.");
        string Required(string name) => e.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s ? s : throw new FormatException($"Template '{id}': \"{name}\" is required.");

        Network? network = null;
        if (e.TryGetProperty("network", out var n) && n.GetString() is { } name)
        {
            network = TriageNames.TryParseNetwork(name, out var parsed) ? parsed : throw new FormatException($"Template '{id}': unknown network '{name}'.");
        }

        var topics = e.TryGetProperty("topics", out var list)
            ? list.EnumerateArray().Select(t => TriageNames.TryParseTopic(t.GetString() ?? "", out var topic) ? topic : throw new FormatException($"Template '{id}': unknown topic '{t}'.")).ToArray()
            : [];
        var text = Required("text");
        if (TemplateValues.Unknown(text).FirstOrDefault() is { } unknown)
        {
            throw new FormatException($"Template '{id}': unknown variable {{{unknown}}}; use {{author}}, {{agent}} or {{case}}.");
        }

        return new ReplyTemplate(id, Required("brand"), Required("language"), network, topics, Required("name"), text);
    }
}
