using System.Net.Http.Headers;
using System.Text.Json;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Meta's usage headers (social-apis.md §3.3): <c>X-App-Usage</c> and
/// <c>X-Business-Use-Case-Usage</c> percentages over the window, and the minutes until a
/// throttled Page or Instagram account regains access.
/// </summary>
internal sealed record GraphUsage(int Percent, int RegainMinutes)
{
    public static GraphUsage Read(HttpResponseHeaders headers)
    {
        var percent = 0;
        var regain = 0;
        if (Header(headers, "X-Business-Use-Case-Usage") is { } business)
        {
            foreach (var entry in Parse(business, GraphJson.Default.DictionaryStringListUsageEntry)?.Values.SelectMany(v => v) ?? [])
            {
                percent = Math.Max(percent, Math.Max(entry.CallCount ?? 0, Math.Max(entry.TotalCputime ?? 0, entry.TotalTime ?? 0)));
                regain = Math.Max(regain, entry.EstimatedTimeToRegainAccess ?? 0);
            }
        }

        if (Header(headers, "X-App-Usage") is { } app && Parse(app, GraphJson.Default.UsageEntry) is { } usage)
        {
            percent = Math.Max(percent, Math.Max(usage.CallCount ?? 0, Math.Max(usage.TotalCputime ?? 0, usage.TotalTime ?? 0)));
        }

        return new GraphUsage(percent, regain);
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static T? Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        try
        {
            return JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
