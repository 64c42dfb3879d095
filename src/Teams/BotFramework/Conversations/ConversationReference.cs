namespace SomeTeams.Teams.BotFramework.Conversations;

public enum ConversationKind
{
    Team,
    Channel,
    Personal,
    GroupChat,
}

/// <summary>
/// Where the bot can post, as learned from activities (bot-protocol.md §7.2). Keyed by tenant, kind
/// and conversation id without <c>;messageid=</c>: a team's id is also its General channel's id.
/// </summary>
public sealed record ConversationReference
{
    public required string TenantId { get; init; }

    public required string ConversationId { get; init; }

    public required ConversationKind Kind { get; init; }

    /// <summary>The latest serviceUrl Teams used for it, verbatim; it can change (§7.2).</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>Installed (team, chat) or existing (channel); false after uninstall or delete.</summary>
    public bool Active { get; init; } = true;

    public string? TeamId { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }

    /// <summary>For a team: the channel picked at install time (not necessarily General).</summary>
    public string? DefaultChannelId { get; init; }

    /// <summary>For a personal chat: the user's Entra object id, to find the chat again.</summary>
    public string? UserAadObjectId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A stored reference and the version to write against.</summary>
public sealed record StoredConversation(ConversationReference Reference, string ETag);
