using System.Text.Json.Nodes;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>Reading an invoke response or a PUT body as the card it carries.</summary>
internal static class CardJson
{
    /// <summary>The card of an invoke response; fails the test when the body is not a card.</summary>
    public static JsonNode InvokeCard(JsonNode? body)
    {
        Assert.NotNull(body);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!;
    }

    /// <summary>The card of a PUT activity.</summary>
    public static JsonNode PutCard(string activityJson)
    {
        var attachment = JsonNode.Parse(activityJson)!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!;
    }

    /// <summary>Every TextBlock and TextRun text of the card, to look for what a person reads.</summary>
    public static IReadOnlyList<string> Texts(JsonNode card) => [.. Walk(card).Where(n => n["text"] is JsonValue).Select(n => n["text"]!.GetValue<string>())];

    /// <summary>The verbs of every Action.Execute on the card (refresh included).</summary>
    public static IReadOnlyList<string> Verbs(JsonNode card) =>
        [.. Walk(card).Where(n => n["type"]?.GetValue<string>() == "Action.Execute").Select(n => n["verb"]!.GetValue<string>())];

    public static long Version(JsonNode card) => card["refresh"]!["action"]!["data"]!["version"]!.GetValue<long>();

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Walk))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Walk))
                {
                    yield return child;
                }

                break;
        }
    }
}
