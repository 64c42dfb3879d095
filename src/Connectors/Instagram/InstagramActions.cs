using Microsoft.Extensions.Logging;
using SomeTeams.Connectors.Meta;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Instagram;

/// <summary>Replies, private replies, DMs, hide and delete on Instagram (social-apis.md §4.2–4.4). No like or block API exists.</summary>
internal sealed class InstagramActions(GraphClient graph, TimeProvider time, ILogger<InstagramActions> logger)
{
    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        var target = action.Target;
        var now = time.GetUtcNow();
        var window = MessagingWindow.ForMessage(account, target, now);
        if (Refusal(account, action, window, now) is { } refused)
        {
            GraphLog.Refused(logger, "Instagram", account.Id, action.Kind, refused.Problem);
            return refused;
        }

        var userId = account.Setting("UserId")!;
        var messagingId = account.Setting("PageId") ?? userId;
        var id = Uri.EscapeDataString(target.ExternalId);

        // Texts travel in the form body, never in the query string, so no URL log holds them.
        var (method, path, content) = action.Kind switch
        {
            SocialActionKind.ReplyPublic when IsMention(target) => (HttpMethod.Post, $"{userId}/mentions", target.Kind == MentionKind.Post
                ? GraphOutcome.Form(("media_id", target.ExternalId), ("message", action.Text!))
                : GraphOutcome.Form(("comment_id", target.ExternalId), ("message", action.Text!))),

            // Replies attach to top-level comments only (§4.2).
            SocialActionKind.ReplyPublic => (HttpMethod.Post,
                $"{Uri.EscapeDataString(target.Kind == MentionKind.Reply && target.InReplyToId is { } parent ? parent : target.ExternalId)}/replies",
                GraphOutcome.Form(("message", action.Text!))),
            SocialActionKind.ReplyPrivate when target.Kind == MentionKind.DirectMessage => (HttpMethod.Post, $"{messagingId}/messages",
                GraphOutcome.Json(new SendRequest(new SendRecipient(Id: target.Author.ExternalId), window.MessagingType, window.Tag, new SendMessage(action.Text!)))),
            SocialActionKind.ReplyPrivate => (HttpMethod.Post, $"{messagingId}/messages",
                GraphOutcome.Json(new SendRequest(new SendRecipient(CommentId: target.ExternalId), null, null, new SendMessage(action.Text!)))),
            SocialActionKind.Hide or SocialActionKind.Unhide => (HttpMethod.Post, id, GraphOutcome.Form(("hide", action.Kind == SocialActionKind.Hide ? "true" : "false"))),
            _ => (HttpMethod.Delete, id, () => null),
        };

        var calls = new CallCounter();
        return GraphOutcome.From(await graph.SendAsync(account, "Instagram", method, new Uri(InstagramFetcher.Root(account), path), content, calls, cancellationToken));
    }

    private static bool IsMention(Mention target) => target.ThreadId.StartsWith(InstagramMapper.MentionedPrefix, StringComparison.Ordinal);

    private static ActionOutcome.Refused? Refusal(SourceAccount account, SocialAction action, MessagingWindow.Decision window, DateTimeOffset now)
    {
        var target = action.Target;
        var isDm = target.Kind == MentionKind.DirectMessage;
        return action.Kind switch
        {
            _ when !account.Enabled => new(ActionProblem.AccountDisabled, "The Instagram account is disabled."),
            _ when target.Network != Network.Instagram => new(ActionProblem.WrongNetwork, "The item is not from Instagram."),
            _ when account.Setting("UserId") is null => new(ActionProblem.AccountNotConfigured, "The Instagram account has no UserId setting."),
            SocialActionKind.Block => new(ActionProblem.BlockNotAvailable, "Instagram has no API to block or restrict a person."),
            SocialActionKind.Like => new(ActionProblem.LikeNotAvailable, "Instagram has no API to like a comment."),
            SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate when string.IsNullOrWhiteSpace(action.Text) => new(ActionProblem.EmptyReply, "The reply has no text."),
            SocialActionKind.ReplyPrivate when isDm => window.Refusal,
            _ when isDm => new(ActionProblem.PrivateOnly, "An Instagram message can only be answered privately."),
            SocialActionKind.ReplyPrivate when IsMention(target) =>
                new(ActionProblem.PrivateNeedsFirstMessage, "A mention on someone else's post can be answered publicly; a private message needs the person to write first."),
            SocialActionKind.ReplyPrivate => MessagingWindow.ForPrivateReply(target, now),
            SocialActionKind.Hide or SocialActionKind.Unhide or SocialActionKind.Delete when IsMention(target) =>
                new(ActionProblem.OnlyOwnMediaModerated, "Only comments on the brand's own media can be hidden or deleted."),
            _ => null,
        };
    }
}
