using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (bot-protocol.md §6.6).</summary>
public sealed record AdaptiveCardInvokeValue
{
    public required AdaptiveCardInvokeAction Action { get; init; }

    /// <summary><c>manual</c> for a click, <c>automatic</c> for a refresh, which must not change anything.</summary>
    public string? Trigger { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The clicked action as authored; <see cref="Data"/> is echoed by the client, so never trust it for identity.</summary>
public sealed record AdaptiveCardInvokeAction
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    public string? Verb { get; init; }

    public JsonElement? Data { get; init; }
}

/// <summary>Reads and checks an <c>adaptiveCard/action</c> value the way the reference SDK does (missing value, action, wrong type).</summary>
public static class CardActionInvoke
{
    public const string ExecuteType = "Action.Execute";

    public static (AdaptiveCardInvokeValue? Value, string? Problem) Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } raw)
        {
            return (null, "The invoke has no 'value' object.");
        }

        AdaptiveCardInvokeValue? value;
        try
        {
            value = raw.Deserialize(BotJson.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
            return (null, "The invoke 'value' has no well-formed 'action'.");
        }

        if (value is null)
        {
            return (null, "The invoke has no 'value' object.");
        }

        if (value.Action.Type != ExecuteType)
        {
            return (null, $"Only '{ExecuteType}' actions are supported.");
        }

        return string.IsNullOrWhiteSpace(value.Action.Verb) ? (null, "The action has no 'verb'.") : (value, null);
    }
}
