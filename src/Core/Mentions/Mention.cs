namespace SomeTeams.Core.Mentions;

/// <summary>
/// One item from a social network, normalised (social-apis.md §1.1). The natural key is
/// network + account + external id: the same item polled twice, or delivered by a webhook
/// and a poll, is one mention. <paramref name="Imitates"/> is set only on a demo mention: the
/// network whose rules (label, actions, reply length, reply window) it follows, while
/// <see cref="Network"/> stays Demo so it is sent through the demo source and never counted
/// or keyed as a real network's item.
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
    Uri? Permalink = null,
    Network? Imitates = null)
{
    public MentionKey Key => new(Network, AccountId, ExternalId);

    /// <summary>The network whose rules and name apply: the imitated one for a demo mention.</summary>
    public Network ProfileNetwork => Imitates ?? Network;
}
