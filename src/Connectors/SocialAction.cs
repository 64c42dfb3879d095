using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>
/// One action against the network on <paramref name="Target"/>: a reply (with <paramref name="Text"/>)
/// or a moderation. <paramref name="IdempotencyKey"/> is the case's send attempt id; networks that
/// accept a client key get it, the others are protected by the outbox's attempt record.
/// <paramref name="CaseId"/> is only shown by the demo source's page ("by which case").
/// </summary>
public sealed record SocialAction(SocialActionKind Kind, Mention Target, string? Text, string IdempotencyKey, string? CaseId = null);
