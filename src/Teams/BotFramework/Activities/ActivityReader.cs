using System.Text.Json;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>Parses an activity body; failures carry a message safe to return to the caller (no body content).</summary>
public static class ActivityReader
{
    public static ActivityRead Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return ActivityRead.Malformed("The request body is empty; an activity is expected.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJson.Default.Activity);
        }
        catch (JsonException ex)
        {
            return ActivityRead.Malformed(Describe(ex));
        }

        if (activity is null)
        {
            return ActivityRead.Malformed("The request body is null; an activity is expected.");
        }

        return Check(activity) is { } problem ? ActivityRead.Malformed(problem) : ActivityRead.Ok(activity);
    }

    private static string? Check(Activity a)
    {
        if (string.IsNullOrWhiteSpace(a.Type))
        {
            return "The activity has an empty 'type'.";
        }

        if (!Uri.TryCreate(a.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        }

        if (string.IsNullOrWhiteSpace(a.ChannelId) || string.IsNullOrWhiteSpace(a.Conversation.Id))
        {
            return "The activity has an empty 'channelId' or 'conversation.id'.";
        }

        if (a.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrWhiteSpace(a.From?.Id))
        {
            return $"A '{a.Type}' activity needs 'from.id'.";
        }

        return null;
    }

    // The serializer's message names the missing member and the JSON path; it never echoes values.
    private static string Describe(JsonException ex) =>
        ex.Path is null ? $"The body is not a valid activity: {ex.Message}" : $"The body is not a valid activity at '{ex.Path}': {FirstSentence(ex.Message)}";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

public sealed record ActivityRead(Activity? Activity, string? Problem)
{
    public static ActivityRead Ok(Activity activity) => new(activity, null);

    public static ActivityRead Malformed(string problem) => new(null, problem);
}
