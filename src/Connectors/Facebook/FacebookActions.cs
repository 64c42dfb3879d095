using Microsoft.Extensions.Logging;
using SomeTeams.Connectors.Meta;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Facebook;

/// <summary>Reply, private reply, Messenger, hide, delete, block and like on a Page (social-apis.md §3.6–3.9).</summary>
internal sealed class FacebookActions(GraphClient graph, TimeProvider time, ILogger<FacebookActions> logger)
{
    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        var target = action.Target;
        var window = MessagingWindow.ForMessage(account, target, time.GetUtcNow());
        if (Refusal(account, action, window, time.GetUtcNow()) is { } refused)
        {
            GraphLog.Refused(logger, "Facebook", account.Id, action.Kind, refused.Problem);
            return refused;
        }

        var pageId = account.Setting("PageId")!;
        var root = GraphClient.Root(account, FacebookFetcher.DefaultBase);
        var id = Uri.EscapeDataString(target.ExternalId);
        var isDm = target.Kind == MentionKind.DirectMessage;
        var (method, path, content) = action.Kind switch
        {
            // Threads are two levels deep: a reply to a reply goes to its top-level comment (§3.6).
            SocialActionKind.ReplyPublic => (HttpMethod.Post,
                $"{Uri.EscapeDataString(target.Kind == MentionKind.Reply && target.InReplyToId is { } parent ? parent : target.ExternalId)}/comments",
                GraphOutcome.Form(("message", action.Text!))),
            SocialActionKind.ReplyPrivate when isDm => (HttpMethod.Post, $"{pageId}/messages",
                GraphOutcome.Json(new SendRequest(new SendRecipient(Id: target.Author.ExternalId), window.MessagingType, window.Tag, new SendMessage(action.Text!)))),
            SocialActionKind.ReplyPrivate => (HttpMethod.Post, $"{pageId}/messages", GraphOutcome.Json(new SendRequest(
                target.Kind == MentionKind.Post ? new SendRecipient(PostId: target.ExternalId) : new SendRecipient(CommentId: target.ExternalId),
                null, null, new SendMessage(action.Text!)))),
            SocialActionKind.Hide or SocialActionKind.Unhide => (HttpMethod.Post, id,
                GraphOutcome.Form(("is_hidden", action.Kind == SocialActionKind.Hide ? "true" : "false"))),
            SocialActionKind.Delete => (HttpMethod.Delete, id, () => null),
            SocialActionKind.Block => (HttpMethod.Post, $"{pageId}/blocked", GraphOutcome.Form((isDm ? "psid" : "user", target.Author.ExternalId))),
            _ => (HttpMethod.Post, $"{id}/likes", () => null),
        };

        var calls = new CallCounter();
        return GraphOutcome.From(await graph.SendAsync(account, "Facebook", method, new Uri(root, path), content, calls, cancellationToken));
    }

    private static ActionOutcome.Refused? Refusal(SourceAccount account, SocialAction action, MessagingWindow.Decision window, DateTimeOffset now)
    {
        var target = action.Target;
        var isDm = target.Kind == MentionKind.DirectMessage;
        return action.Kind switch
        {
            _ when !account.Enabled => new(ActionProblem.AccountDisabled, "The Facebook account is disabled."),
            _ when target.Network != Network.Facebook => new(ActionProblem.WrongNetwork, "The item is not from Facebook."),
            _ when account.Setting("PageId") is null => new(ActionProblem.AccountNotConfigured, "The Facebook account has no PageId setting."),
            var kind when !NetworkProfile.For(Network.Facebook).Supports(kind) => new(ActionProblem.NotSupported, "Facebook does not support this action."),
            SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate when string.IsNullOrWhiteSpace(action.Text) => new(ActionProblem.EmptyReply, "The reply has no text."),
            SocialActionKind.ReplyPrivate when isDm => window.Refusal,
            SocialActionKind.ReplyPrivate => MessagingWindow.ForPrivateReply(target, now),
            SocialActionKind.Block when target.Author.ExternalId.Length == 0 => new(ActionProblem.AuthorUnknown, "Facebook did not say who wrote this item, so nobody can be blocked."),
            SocialActionKind.Block => null,
            _ when isDm => new(ActionProblem.PrivateOnly, "A Messenger conversation can only be answered privately or the person blocked."),
            _ => null,
        };
    }
}
