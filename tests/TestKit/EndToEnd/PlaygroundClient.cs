using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// The Playground's own HTTP API (feasibility.md §2), the way its web UI drives it. The
/// conversation API always acts as the current user (<see cref="PlaygroundPeople.Aino"/>);
/// anyone else acts through custom activities, whose invoke answers are not passed back.
/// </summary>
public sealed class PlaygroundClient(int port) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };

    public Uri Address => http.BaseAddress!;

    /// <summary>The mock tenant the Playground loaded: users, chats, the team and its channels.</summary>
    public async Task<JsonObject> GetConfigAsync(CancellationToken cancellationToken) =>
        (JsonObject)(await GetJsonAsync("_internal/v1/config", cancellationToken).ConfigureAwait(false))["config"]!;

    /// <summary>
    /// Sends a message as the current user. In channels and group chats the bot gets it only when
    /// it is @mentioned, as in Teams: <paramref name="mentionBot"/> puts the mention in text and entities.
    /// Returns the Playground's answer (messageId, postConversationId).
    /// </summary>
    public Task<JsonObject> SendMessageAsync(string conversationId, string text, bool mentionBot, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = PlaygroundPeople.Aino.Id },
            ["text"] = mentionBot ? $"<at>{PlaygroundPeople.BotName}</at> {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = PlaygroundPeople.BotId, ["name"] = PlaygroundPeople.BotName },
                ["text"] = $"<at>{PlaygroundPeople.BotName}</at>",
            });
        }

        return PostJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
    }

    /// <summary>
    /// Clicks an Action.Execute button as the current user; returns the bot's HTTP status and
    /// invoke response body. (The Playground answers 502 "UserBotError" with the bot's answer inside when it is not a 200.)
    /// </summary>
    public async Task<InvokeAnswer> InvokeAsync(string conversationId, string cardActivityId, string verb, JsonObject? data, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("_conversation/v1/invoke", InvokeBody(conversationId, cardActivityId, verb, data), cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var body = JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject;
        if (response.IsSuccessStatusCode && body is not null)
        {
            return new InvokeAnswer(200, body);
        }

        if (body?["innerHttpError"] is JsonObject { } inner && inner["body"] is JsonObject botBody)
        {
            return new InvokeAnswer((int?)inner["statusCode"] ?? 0, (JsonObject)botBody.DeepClone());
        }

        throw new HttpRequestException($"The Playground answered _conversation/v1/invoke with {(int)response.StatusCode}: {text}", null, response.StatusCode);
    }

    private static JsonObject InvokeBody(string conversationId, string cardActivityId, string verb, JsonObject? data) =>
        new()
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
                ["trigger"] = "manual",
            },
            ["from"] = new JsonObject { ["id"] = PlaygroundPeople.Aino.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = cardActivityId,
        };

    /// <summary>
    /// Delivers any activity to the bot exactly as given, e.g. a click by someone other than the
    /// current user. The bot's answer is not returned: watch the feed for the card it updates.
    /// </summary>
    public async Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("_internal/v1/customActivities", activity, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, "_internal/v1/customActivities", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An Action.Execute click by <paramref name="person"/>, as Teams would send it. Custom
    /// activities go to the bot verbatim, so this starts from the Playground's own template
    /// (serviceUrl, recipient, channelData of the conversation) and puts the click in it.
    /// </summary>
    public async Task InvokeAsAsync(PlaygroundPerson person, string conversationId, string cardActivityId, string verb, JsonObject? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var activity = await GetJsonAsync($"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}", cancellationToken).ConfigureAwait(false);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId };
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
            ["trigger"] = "manual",
        };
        activity.Remove("text");
        await SendCustomActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => http.Dispose();

    private async Task<JsonObject> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, path, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonObject> PostJsonAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, path, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        await EnsureAsync(response, path, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject
            ?? throw new InvalidOperationException($"The Playground answered {path} with JSON that is not an object: {text}");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"The Playground answered {path} with {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }
    }
}
