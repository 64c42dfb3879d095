namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>
/// The bot's own @mention: channels deliver only messages that mention the bot, and its
/// <c>&lt;at&gt;Name&lt;/at&gt;</c> stays in the text, so it is found through the entities and
/// cut out before the text is read as a command (bot-protocol.md §5.9, §6.2).
/// </summary>
public static class BotMention
{
    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return BotMentionTexts(activity).Any();
    }

    /// <summary>The text with the bot's mentions removed and whitespace collapsed.</summary>
    public static string StripBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var mention in BotMentionTexts(activity))
        {
            text = text.Replace(mention, " ", StringComparison.Ordinal);
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<string> BotMentionTexts(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Entities is null)
        {
            return [];
        }

        return activity.Entities
            .Where(e => e.Type == "mention" && e.Mentioned?.Id == botId && !string.IsNullOrEmpty(e.Text))
            .Select(e => e.Text!)
            .Distinct(StringComparer.Ordinal);
    }
}
