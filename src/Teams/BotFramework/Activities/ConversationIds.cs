namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>Channel thread ids are <c>{channelId};messageid={rootId}</c> (bot-protocol.md §7.1).</summary>
public static class ConversationIds
{
    private const string ThreadMarker = ";messageid=";

    public static string WithoutThread(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(';', StringComparison.Ordinal);
        return at < 0 ? conversationId : conversationId[..at];
    }

    /// <summary>The thread id for replies under a root post; Teams wants a numeric, non-zero root id.</summary>
    public static string Thread(string channelId, string rootActivityId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(rootActivityId);
        if (!ulong.TryParse(rootActivityId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var root) || root == 0)
        {
            throw new ArgumentException("A thread root id is a non-zero number.", nameof(rootActivityId));
        }

        return WithoutThread(channelId) + ThreadMarker + rootActivityId;
    }
}
