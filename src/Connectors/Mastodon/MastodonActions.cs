using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Mastodon;

/// <summary>Replies, favourites and blocks (social-apis.md §5.3); anything else is refused before a call.</summary>
internal static class MastodonActions
{
    public static async Task<ActionOutcome> PerformAsync(MastodonClient client, SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        if (Refusal(action) is { } refused)
        {
            return refused;
        }

        var target = action.Target;
        switch (action.Kind)
        {
            case SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate:
                // Read the status first: its visibility is kept, and a deleted status answers NotFound.
                var original = await client.StatusAsync(account, target.ExternalId, cancellationToken).ConfigureAwait(false);
                if (original.Error is not null)
                {
                    return original.FailedOutcome();
                }

                var visibility = action.Kind == SocialActionKind.ReplyPrivate ? "direct" : original.Value!.Visibility ?? "public";
                var status = new MastodonNewStatus(WithMention(action.Text!, target.Author.Handle), target.ExternalId, visibility, target.Language);
                var posted = await client.PostStatusAsync(account, status, action.IdempotencyKey, cancellationToken).ConfigureAwait(false);
                return posted.Error is not null
                    ? posted.FailedOutcome()
                    : new ActionOutcome.Done(posted.Value!.Id, Uri.TryCreate(posted.Value.Url ?? posted.Value.Uri, UriKind.Absolute, out var link) ? link : null);
            case SocialActionKind.Like:
                return Done(await client.PostAsync(account, $"api/v1/statuses/{Uri.EscapeDataString(target.ExternalId)}/favourite", cancellationToken).ConfigureAwait(false));
            default:
                return Done(await client.PostAsync(account, $"api/v1/accounts/{Uri.EscapeDataString(target.Author.ExternalId)}/block", cancellationToken).ConfigureAwait(false));
        }
    }

    private static ActionOutcome.Refused? Refusal(SocialAction action) => action.Kind switch
    {
        SocialActionKind.Hide or SocialActionKind.Unhide => new(ActionProblem.HideNotAvailable, "Mastodon has no way to hide a reply: block the account, or report the post to its instance."),
        SocialActionKind.Delete => new(ActionProblem.DeleteOnlyOwn, "Mastodon lets the brand delete only its own posts, not other people's."),
        SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate when string.IsNullOrWhiteSpace(action.Text) => new(ActionProblem.EmptyReply, "The reply is empty."),
        _ when !NetworkProfile.For(Network.Mastodon).Supports(action.Kind) => new(ActionProblem.NotSupported, $"Mastodon does not support {action.Kind}."),
        _ => null,
    };

    /// <summary>The person is notified only when the reply mentions them (social-apis.md §5.3).</summary>
    private static string WithMention(string text, string handle) =>
        text.Contains('@' + handle, StringComparison.OrdinalIgnoreCase) ? text : $"@{handle} {text}";

    private static ActionOutcome Done<T>(CallResult<T> result) =>
        result.Error is not null ? result.FailedOutcome() : new ActionOutcome.Done(null, null);
}
