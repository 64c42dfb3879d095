using System.Text.Json;

namespace SomeTeams.Connectors.Meta;

/// <summary>Tolerant reads of webhook JSON: a missing or mistyped field is null, never an exception.</summary>
internal static class WebhookJson
{
    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static string? Str(this JsonElement element, string name) => element.Get(name) is { ValueKind: JsonValueKind.String } value
        ? value.GetString()
        : element.Get(name) is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : null;

    public static long? Long(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n : null;

    public static bool Flag(this JsonElement element, string name) => element.Get(name).ValueKind == JsonValueKind.True;

    public static List<JsonElement> Items(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];

    /// <summary>Webhook times are Unix seconds (feed) or milliseconds (messaging): tell them apart by size.</summary>
    public static DateTimeOffset? Time(long? value) => value switch
    {
        null => null,
        > 100_000_000_000 => DateTimeOffset.FromUnixTimeMilliseconds(value.Value),
        _ => DateTimeOffset.FromUnixTimeSeconds(value.Value),
    };
}
