using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Conversations;

/// <summary>One reference to update, and how.</summary>
internal sealed record ConversationChange(ConversationKind Kind, string ConversationId, Func<ConversationReference, ConversationReference> Apply);

/// <summary>What an activity says about the conversations it touches (bot-protocol.md §6.3, §6.4).</summary>
internal static class ConversationChanges
{
    private static readonly HashSet<string> ChannelEvents = new(StringComparer.Ordinal) { "channelCreated", "channelRenamed", "channelRestored", "channelDeleted" };

    public static IEnumerable<ConversationChange> From(Activity a)
    {
        var data = a.ChannelData;
        var team = data?.Team;
        var kind = KindOf(a.Conversation.ConversationType);
        var installed = Installed(a);
        var id = a.Conversation.BaseId;

        if (kind == ConversationKind.Channel)
        {
            var name = data?.Channel?.Id == id ? data.Channel.Name : null;
            yield return new(kind, id, r => r with { TeamId = team?.Id ?? r.TeamId, Name = name ?? r.Name });
        }
        else
        {
            yield return new(kind, id, r => r with
            {
                Name = a.Conversation.Name ?? r.Name,
                UserAadObjectId = kind == ConversationKind.Personal ? a.From?.AadObjectId ?? r.UserAadObjectId : r.UserAadObjectId,
                Active = installed ?? r.Active,
            });
        }

        if (team is { Id.Length: > 0 })
        {
            var teamActive = data!.EventType is "teamDeleted" or "teamHardDeleted" ? false : installed;
            // The channel picked at install wins; the conversationUpdate of the same install only fills a gap.
            var picked = installed == true ? data.Settings?.SelectedChannel?.Id : null;
            var fallback = installed == true ? data.Channel?.Id ?? id : null;
            yield return new(ConversationKind.Team, team.Id, r => r with
            {
                Name = team.Name ?? r.Name,
                AadGroupId = team.AadGroupId ?? r.AadGroupId,
                Active = teamActive ?? r.Active,
                DefaultChannelId = picked ?? r.DefaultChannelId ?? fallback,
            });

            if (a.Type == ActivityTypes.ConversationUpdate && data.Channel is { Id.Length: > 0 } channel && data.EventType is { } e && ChannelEvents.Contains(e))
            {
                yield return new(ConversationKind.Channel, channel.Id, r => r with
                {
                    TeamId = team.Id,
                    Name = channel.Name ?? r.Name,
                    Active = e != "channelDeleted",
                });
            }
        }
    }

    private static ConversationKind KindOf(string? conversationType) => conversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    // True when the bot was installed or added, false when removed, null when the activity says neither.
    private static bool? Installed(Activity a)
    {
        if (a.Type == ActivityTypes.InstallationUpdate)
        {
            return a.Action switch
            {
                "add" or "add-upgrade" => true,
                "remove" or "remove-upgrade" => false,
                _ => null,
            };
        }

        var bot = a.Recipient?.Id;
        if (a.Type != ActivityTypes.ConversationUpdate || bot is null)
        {
            return null;
        }

        if (a.MembersRemoved?.Any(m => m.Id == bot) == true)
        {
            return false;
        }

        return a.MembersAdded?.Any(m => m.Id == bot) == true ? true : null;
    }
}
