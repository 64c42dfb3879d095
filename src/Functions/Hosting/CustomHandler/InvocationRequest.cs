using System.Text.Json;
using System.Text.Json.Nodes;

namespace SomeTeams.Functions.Hosting.CustomHandler;

/// <summary>
/// The Functions host's invocation body, <c>{"Data": {...}, "Metadata": {...}}</c>
/// (hosting-infra.md §1.4). The host JSON-encodes string trigger values a second time, while
/// the documentation shows them encoded once: both are read.
/// </summary>
internal sealed record InvocationRequest(Dictionary<string, JsonElement> Data, Dictionary<string, JsonElement> Metadata)
{
    /// <summary>The trigger value with every extra layer of string encoding removed.</summary>
    public JsonNode? Value(string binding)
    {
        if (Data is null || !Data.TryGetValue(binding, out var element))
        {
            return null;
        }

        var node = JsonNode.Parse(element.GetRawText());
        for (var layer = 0; layer < 3 && node is JsonValue value && value.TryGetValue<string>(out var text); layer++)
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return JsonValue.Create(text);
            }
        }

        return node;
    }

    public long DequeueCount => Metadata is not null && Metadata.TryGetValue("DequeueCount", out var count) && count.TryGetInt64(out var n) ? n : 1;

    public string MessageId => Metadata is not null && Metadata.TryGetValue("Id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "";
}
