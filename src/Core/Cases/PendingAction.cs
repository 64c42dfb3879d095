using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

/// <summary>
/// What the outbox is to do on the network for this case. <paramref name="AttemptId"/> is the
/// idempotency key: the sender records it before calling the network and the case accepts an
/// outcome only for the attempt it is waiting for.
/// </summary>
public sealed record PendingAction(
    string AttemptId,
    SocialActionKind Kind,
    string? Text,
    Actor RequestedBy,
    DateTimeOffset RequestedAt)
{
    public bool IsReply => Kind is SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate;
}
