using System.Net.Http.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// Replies (comments.insert on the thread's top-level comment) and moderation through
/// setModerationStatus: hide = heldForReview, delete = rejected, block = rejected with
/// banAuthor (social-apis.md §1.3, §7.2). Each costs 50 quota units.
/// </summary>
internal static class YouTubeActions
{
    private const int WriteCost = 50;

    public static async Task<ActionOutcome> PerformAsync(YouTubeClient client, SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        if (Refusal(action) is { } refused)
        {
            return refused;
        }

        var tally = new CallTally();
        var target = action.Target;
        if (action.Kind == SocialActionKind.ReplyPublic)
        {
            // YouTube threads are one level deep: a reply always goes to the top-level comment.
            var reply = new NewReply(new NewReplySnippet(target.ThreadId, action.Text!));
            var posted = await client.SendAsync(account, HttpMethod.Post, "comments?part=snippet", () => JsonContent.Create(reply, YouTubeJson.Default.NewReply), WriteCost, false, YouTubeJson.Default.YouTubeComment, tally, cancellationToken).ConfigureAwait(false);
            return posted.Error is not null ? posted.FailedOutcome() : new ActionOutcome.Done(posted.Value!.Id, Permalink(target, posted.Value.Id));
        }

        var (status, ban) = action.Kind switch
        {
            SocialActionKind.Hide => ("heldForReview", false),
            SocialActionKind.Delete => ("rejected", false),
            _ => ("rejected", true),
        };
        var query = $"comments/setModerationStatus?id={Uri.EscapeDataString(target.ExternalId)}&moderationStatus={status}&banAuthor={(ban ? "true" : "false")}";
        var moderated = await client.SendAsync<object>(account, HttpMethod.Post, query, () => null, WriteCost, false, null, tally, cancellationToken).ConfigureAwait(false);
        return moderated.Error is not null ? moderated.FailedOutcome() : new ActionOutcome.Done(null, null);
    }

    private static ActionOutcome.Refused? Refusal(SocialAction action) => action.Kind switch
    {
        SocialActionKind.ReplyPrivate => new(ActionProblem.NoPrivateMessages, "YouTube has no private messages: reply publicly and point to a private channel."),
        SocialActionKind.Like => new(ActionProblem.LikeNotAvailable, "YouTube has no API for liking comments."),
        SocialActionKind.Unhide => new(ActionProblem.UnhideOnNetwork, "A held YouTube comment is published again in YouTube Studio."),
        SocialActionKind.ReplyPublic when string.IsNullOrWhiteSpace(action.Text) => new(ActionProblem.EmptyReply, "The reply is empty."),
        SocialActionKind.ReplyPublic when action.Text!.Length > 10_000 => new(ActionProblem.TooLong, "YouTube comments are limited to 10000 characters."),
        _ when !NetworkProfile.For(Network.YouTube).Supports(action.Kind) => new(ActionProblem.NotSupported, $"YouTube does not support {action.Kind}."),
        _ => null,
    };

    private static Uri? Permalink(Mention target, string? id)
    {
        var video = target.Permalink is { } link ? System.Web.HttpUtility.ParseQueryString(link.Query)["v"] : null;
        return video is null || id is null ? null : new Uri($"https://www.youtube.com/watch?v={Uri.EscapeDataString(video)}&lc={Uri.EscapeDataString(id)}");
    }
}
