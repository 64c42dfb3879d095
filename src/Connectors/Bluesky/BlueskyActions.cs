using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Bluesky;

/// <summary>
/// Replies (createRecord with root/parent strong refs), private replies (chat), likes, blocks and
/// hidden replies (threadgate) as records in the brand's repo (social-apis.md §6.4, §6.5).
/// </summary>
internal sealed class BlueskyActions(BlueskyClient client, TimeProvider time)
{
    private const string ChatProxy = "did:web:api.bsky.chat#bsky_chat";

    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        if (Refusal(action) is { } refused)
        {
            return refused;
        }

        var tally = new CallTally();
        var session = await client.SessionAsync(account, tally, cancellationToken).ConfigureAwait(false);
        if (session.Error is not null)
        {
            return session.FailedOutcome();
        }

        var did = session.Value!.Did;
        var target = action.Target;
        var now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        switch (action.Kind)
        {
            case SocialActionKind.ReplyPublic:
            case SocialActionKind.Like:
                // Strong refs need the cid, which the mention does not carry: read the post (a deleted one answers NotFound).
                var posts = await client.QueryAsync(account, "app.bsky.feed.getPosts?uris=" + Uri.EscapeDataString(target.ExternalId), BlueskyJson.Default.PostsPage, tally, cancellationToken).ConfigureAwait(false);
                if (posts.Error is not null)
                {
                    return posts.FailedOutcome();
                }

                if (posts.Value!.Posts is not [{ Uri: { } uri, Cid: { } cid } post, ..])
                {
                    return new ActionOutcome.Failed(new ConnectorError.NotFound("The post no longer exists."));
                }

                var parent = new StrongRef(uri, cid);
                if (action.Kind == SocialActionKind.Like)
                {
                    return await CreateAsync(account, new CreateRecord<NewLike>(did, "app.bsky.feed.like", new NewLike("app.bsky.feed.like", parent, now)), tally, null, cancellationToken).ConfigureAwait(false);
                }

                var root = post.Record?.Reply?.Root ?? parent;
                var (text, facets) = WithMention(action.Text!, target.Author);
                var record = new NewPost("app.bsky.feed.post", text, now, target.Language is { } l ? [l] : null, facets, new BskyReplyRef(root, parent));
                return await CreateAsync(account, new CreateRecord<NewPost>(did, "app.bsky.feed.post", record), tally, session.Value.Handle, cancellationToken).ConfigureAwait(false);
            case SocialActionKind.Block:
                return await CreateAsync(account, new CreateRecord<NewBlock>(did, "app.bsky.graph.block", new NewBlock("app.bsky.graph.block", target.Author.ExternalId, now)), tally, null, cancellationToken).ConfigureAwait(false);
            case SocialActionKind.Hide:
                return BlueskyMapper.Repo(target.ThreadId) != did
                    ? new ActionOutcome.Refused(ActionProblem.HideOnlyInOwnThreads, "Bluesky lets the brand hide replies only in threads it started.")
                    : await BlueskyThreadgate.HideAsync(client, account, did, target, now, tally, cancellationToken).ConfigureAwait(false);
            default:
                return await SendChatAsync(account, target.Author.ExternalId, action.Text!, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ActionOutcome> CreateAsync<T>(SourceAccount account, CreateRecord<T> body, CallTally tally, string? ownHandle, CancellationToken cancellationToken)
    {
        var type = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CreateRecord<T>>)BlueskyJson.Default.GetTypeInfo(typeof(CreateRecord<T>))!;
        var created = await client.ProcedureAsync(account, "com.atproto.repo.createRecord", _ => JsonContent.Create(body, type), BlueskyJson.Default.RecordRef, tally, cancellationToken).ConfigureAwait(false);
        return created.Error is not null
            ? created.FailedOutcome()
            : new ActionOutcome.Done(created.Value!.Uri, ownHandle is not null && created.Value.Uri is { } uri ? BlueskyMapper.PostUrl(ownHandle, uri) : null);
    }

    private async Task<ActionOutcome> SendChatAsync(SourceAccount account, string memberDid, string text, CallTally tally, CancellationToken cancellationToken)
    {
        var convo = await client.QueryAsync(account, "chat.bsky.convo.getConvoForMembers?members=" + Uri.EscapeDataString(memberDid), BlueskyJson.Default.ConvoAnswer, tally, cancellationToken, ChatProxy).ConfigureAwait(false);
        if (convo.Error is not null || convo.Value!.Convo?.Id is not { } convoId)
        {
            return convo.Error is not null ? convo.FailedOutcome() : new ActionOutcome.Failed(new ConnectorError.Unavailable("no conversation id"));
        }

        var sent = await client.ProcedureAsync(account, "chat.bsky.convo.sendMessage", _ => JsonContent.Create(new ChatMessage(convoId, new ChatText(text)), BlueskyJson.Default.ChatMessage), BlueskyJson.Default.ChatMessageView, tally, cancellationToken, ChatProxy).ConfigureAwait(false);
        return sent.Error is not null ? sent.FailedOutcome() : new ActionOutcome.Done(sent.Value!.Id, null);
    }

    private static ActionOutcome.Refused? Refusal(SocialAction action) => action.Kind switch
    {
        SocialActionKind.Delete => new(ActionProblem.DeleteOnlyOwn, "Bluesky lets the brand delete only its own posts; hide the reply or block the author instead."),
        SocialActionKind.Unhide => new(ActionProblem.UnhideOnNetwork, "Showing a hidden Bluesky reply again is done in the Bluesky app."),
        SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate when string.IsNullOrWhiteSpace(action.Text) => new(ActionProblem.EmptyReply, "The reply is empty."),
        SocialActionKind.ReplyPublic when new StringInfo(WithMention(action.Text!, action.Target.Author).Text).LengthInTextElements > 300 =>
            new(ActionProblem.TooLong, "Bluesky posts are limited to 300 characters."),
        SocialActionKind.ReplyPrivate when new StringInfo(action.Text!).LengthInTextElements > 1000 => new(ActionProblem.TooLong, "Bluesky chat messages are limited to 1000 characters."),
        _ when !NetworkProfile.For(Network.Bluesky).Supports(action.Kind) => new(ActionProblem.NotSupported, $"Bluesky does not support {action.Kind}."),
        _ => null,
    };

    /// <summary>The person is notified only by a mention facet, whose offsets are UTF-8 bytes (social-apis.md §6.4).</summary>
    private static (string Text, List<Facet> Facets) WithMention(string text, Author author)
    {
        var mention = "@" + author.Handle;
        var index = text.IndexOf(mention, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            text = $"{mention} {text}";
            index = 0;
        }

        var start = Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
        var facet = new Facet(new ByteSlice(start, start + Encoding.UTF8.GetByteCount(mention)), [new MentionFeature("app.bsky.richtext.facet#mention", author.ExternalId)]);
        return (text, [facet]);
    }
}
