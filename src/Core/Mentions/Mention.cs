namespace SomeTeams.Core.Mentions;

/// <summary>
/// One item from a social network, normalised (social-apis.md §1.1). The natural key is
/// network + account + external id: the same item polled twice, or delivered by a webhook
/// and a poll, is one mention.
/// </summary>
public sealed record Mention(
    Network Network,
    string AccountId,
    string ExternalId,
    MentionKind Kind,
    string ThreadId,
    string? InReplyToId,
    Author Author,
    string Text,
    DateTimeOffset CreatedAt,
    bool IsPrivate,
    string? Language = null,
    Uri? Permalink = null)
{
    public MentionKey Key => new(Network, AccountId, ExternalId);
}
