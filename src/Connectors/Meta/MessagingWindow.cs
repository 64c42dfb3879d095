using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Meta's messaging policy (social-apis.md §3.8, §3.9, §4.4): a reply in Messenger or an
/// Instagram DM is allowed 24 h after the person's message, or 7 days with the HUMAN_AGENT tag
/// when the app was granted it (<c>HumanAgentTag</c> = "true"); a private reply to a comment
/// within 7 days. Decided before the call, so the card can say why.
/// </summary>
internal static class MessagingWindow
{
    private static readonly TimeSpan Standard = TimeSpan.FromHours(24);
    private static readonly TimeSpan HumanAgent = TimeSpan.FromDays(7);

    public static Decision ForMessage(SourceAccount account, Mention target, DateTimeOffset now)
    {
        var age = now - target.CreatedAt;
        var tagGranted = account.Setting("HumanAgentTag") == "true";
        return age <= Standard ? new Decision("RESPONSE", null, null)
            : tagGranted && age <= HumanAgent ? new Decision("MESSAGE_TAG", "HUMAN_AGENT", null)
            : new Decision(null, null, tagGranted
                ? new(ActionProblem.HumanAgentWindowClosed, "More than 7 days have passed since the person's message: even a human agent can no longer answer in this conversation.")
                : new(ActionProblem.MessagingWindowClosed, "More than 24 hours have passed since the person's message: the messaging window has closed (the human agent tag is not granted)."));
    }

    public static ActionOutcome.Refused? ForPrivateReply(Mention target, DateTimeOffset now) =>
        now - target.CreatedAt <= HumanAgent ? null : new(ActionProblem.PrivateReplyWindowClosed, "A private reply to a comment is possible only within 7 days of the comment.");

    /// <param name="MessagingType">RESPONSE or MESSAGE_TAG, when allowed.</param>
    /// <param name="Tag">HUMAN_AGENT when the standard window has closed.</param>
    /// <param name="Refusal">Why the message cannot be sent, when not allowed.</param>
    public sealed record Decision(string? MessagingType, string? Tag, ActionOutcome.Refused? Refusal);
}
