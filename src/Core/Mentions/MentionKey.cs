namespace SomeTeams.Core.Mentions;

/// <summary>The identity of a mention across polls and webhooks.</summary>
public readonly record struct MentionKey(Network Network, string AccountId, string ExternalId)
{
    public override string ToString() => $"{Network}:{AccountId}:{ExternalId}";
}
