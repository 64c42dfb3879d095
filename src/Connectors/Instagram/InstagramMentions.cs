using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Connectors.Meta;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Instagram;

/// <summary>
/// Fetches the content of an Instagram mention that a webhook announced by id only
/// (social-apis.md §4.3): a comment mention through <c>mentioned_comment</c>, a caption
/// mention through <c>mentioned_media</c>. The answer is a one-item fetch result.
/// </summary>
public sealed class InstagramMentions(HttpClient http, ILoggerFactory loggers)
{
    private readonly GraphClient graph = new(http, loggers.CreateLogger<GraphClient>());
    private readonly ILogger logger = loggers.CreateLogger<InstagramMentions>();

    public async Task<FetchResult> FetchAsync(SourceAccount account, WebhookLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(lookup);
        if (account.Setting("UserId") is not { } userId || !account.Enabled)
        {
            return new FetchResult.Failed(new ConnectorError.Rejected("The Instagram account is disabled or has no UserId setting."), 0);
        }

        var fields = lookup.ItemId is { } commentId
            ? $"mentioned_comment.comment_id({commentId}){{id,text,timestamp,like_count,username,media{{id,permalink,media_type}}}}"
            : $"mentioned_media.media_id({lookup.ContainerId}){{id,caption,media_type,permalink,timestamp,username,comments_count,like_count}}";
        var calls = new CallCounter();
        var root = InstagramFetcher.Root(account);
        var call = await graph.SendAsync(account, "Instagram", HttpMethod.Get,
            new Uri(root, $"{Uri.EscapeDataString(userId)}?fields={Uri.EscapeDataString(fields)}"), () => null, calls, cancellationToken);
        if (call.Error is not null)
        {
            return new FetchResult.Failed(call.Error, calls.Count);
        }

        var found = new MetaFound(account, userId, null, DateTimeOffset.MinValue, logger);
        if (Map(account, userId, lookup, Read(call.Body!), found) is { } mention)
        {
            found.Add(mention);
        }

        return found.Result(null, calls.Count);
    }

    private static Mention? Map(SourceAccount account, string userId, WebhookLookup lookup, IgMentionLookup? answer, MetaFound found)
    {
        var thread = InstagramMapper.MentionedPrefix + lookup.ContainerId;
        if (answer?.MentionedComment is { } comment)
        {
            return InstagramMapper.Comment(account, userId, comment with { ParentId = null }, thread, InstagramMapper.Link(comment.Media?.Permalink), found);
        }

        if (answer?.MentionedMedia is { Id: { } id } media && GraphTime.TryParse(media.Timestamp, out var created))
        {
            return new Mention(Network.Instagram, account.Id, id, MentionKind.Post, thread, null,
                InstagramMapper.Author(account, userId, null, media.Username), media.Caption ?? "", created, IsPrivate: false,
                Permalink: InstagramMapper.Link(media.Permalink));
        }

        found.Skip(lookup.ItemId ?? lookup.ContainerId, "mention lookup returned no readable comment or media");
        return null;
    }

    private static IgMentionLookup? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, InstagramJson.Default.IgMentionLookup);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
