using System.Text.Json;

namespace SomeTeams.Core.Triage;

/// <summary>
/// Account/topic/language → Teams channel. Rules are tried in order and the first match wins,
/// so an admin writes the specific rules first; anything unmatched goes to the default channel.
/// </summary>
public sealed record RoutingTable(IReadOnlyList<RoutingRule> Rules, string DefaultChannel)
{
    public string Route(string account, TriageResult triage)
    {
        foreach (var rule in Rules)
        {
            if (rule.Matches(account, triage))
            {
                return rule.Channel;
            }
        }

        return DefaultChannel;
    }

    /// <summary>Parses { "default": "…", "rules": [ { "channel", "account"?, "topic"?, "language"? } ] }.</summary>
    public static RoutingTable Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var fallback = Text(root, "default") ?? throw new FormatException("Routing: \"default\" channel is required.");
            var rules = root.TryGetProperty("rules", out var list) ? list.EnumerateArray().Select(ParseRule).ToArray() : [];
            return new RoutingTable(rules, fallback);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"Routing rules are not valid: {e.Message}", e);
        }
    }

    private static RoutingRule ParseRule(JsonElement e, int index)
    {
        var channel = Text(e, "channel") ?? throw new FormatException($"Routing rule {index + 1}: \"channel\" is required.");
        Topic? topic = null;
        if (Text(e, "topic") is { } name)
        {
            topic = TriageNames.TryParseTopic(name, out var t) ? t : throw new FormatException($"Routing rule {index + 1}: unknown topic '{name}'.");
        }

        return new RoutingRule(channel, Text(e, "account"), topic, Text(e, "language"));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
