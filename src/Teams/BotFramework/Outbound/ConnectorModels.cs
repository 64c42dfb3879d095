using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>The id of a posted activity; Teams may send no body at all, then the id is empty (bot-protocol.md §5.0).</summary>
public sealed record ResourceResponse(string? Id = null);

/// <summary>A new top-level post in a channel (bot-protocol.md §5.5 a): tenant in both places, activity required.</summary>
public sealed record ConversationParameters(
    bool IsGroup,
    JsonElement ChannelData,
    string TenantId,
    OutgoingActivity Activity);

/// <summary>A 1:1 chat with one user (bot-protocol.md §5.5 b); the bot is inferred from the token.</summary>
public sealed record PersonalConversationParameters(bool IsGroup, IReadOnlyList<MemberRef> Members, JsonElement ChannelData, string TenantId);

/// <summary>A member by Teams user id (<c>29:…</c>); email and UPN are not accepted (§5.5 b).</summary>
public sealed record MemberRef(string Id);

/// <summary><see cref="Id"/> is the new thread's conversation id, <see cref="ActivityId"/> its root message.</summary>
public sealed record ConversationResourceResponse(string? Id = null, string? ActivityId = null, string? ServiceUrl = null);

/// <summary>A roster entry. The REST API says <c>objectId</c> where activities say <c>aadObjectId</c> (bot-protocol.md §5.6).</summary>
public sealed record TeamsMember
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? ObjectId { get; init; }

    public string? AadObjectId { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? Email { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;
}

public sealed record PagedMembersResult(IReadOnlyList<TeamsMember>? Members = null, string? ContinuationToken = null);

/// <summary><c>{"error":{"code","message"}}</c>; older Teams errors differ, so this is read leniently.</summary>
internal sealed record ConnectorErrorBody(ConnectorErrorDetail? Error = null);

internal sealed record ConnectorErrorDetail(string? Code = null, string? Message = null);
