using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

/// <summary>
/// How long a network accepts a reply to a private message. Meta allows 24 h after the
/// customer's last message, 7 days with the HUMAN_AGENT tag (social-apis.md §3.9); the
/// window passing overnight is one of the classic failures (anchors.md).
/// </summary>
public static class ReplyWindow
{
    public static DateTimeOffset? ClosesAt(Network network, bool isPrivate, DateTimeOffset lastCustomerMessageAt, bool humanAgentTag) =>
        isPrivate && network is Network.Facebook or Network.Instagram
            ? lastCustomerMessageAt + (humanAgentTag ? TimeSpan.FromDays(7) : TimeSpan.FromHours(24))
            : null;
}
