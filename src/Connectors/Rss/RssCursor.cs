using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.Rss;

/// <summary>
/// What a feed poll remembers: the validators for a conditional GET and the newest entry time
/// with the ids at that time (<see cref="TimeCursor"/> text), stored as one small JSON string.
/// </summary>
internal sealed record RssCursor(string? ETag, string? LastModified, string? Seen)
{
    public static RssCursor Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RssCursor(null, null, null);
        }

        try
        {
            return JsonSerializer.Deserialize(text, RssJson.Default.RssCursor) ?? new RssCursor(null, null, null);
        }
        catch (JsonException)
        {
            // An unreadable cursor starts over; entries are deduped by id downstream.
            return new RssCursor(null, null, null);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, RssJson.Default.RssCursor);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RssCursor))]
internal sealed partial class RssJson : JsonSerializerContext;
