using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.YouTube;

/// <summary>A channel comment (top-level or reply) as the common mention (social-apis.md §7.4).</summary>
internal static class YouTubeMapper
{
    public static string? Problem(YouTubeComment c) => c switch
    {
        { Id: null or "" } => "comment without id",
        { Snippet: null } => "comment without snippet",
        { Snippet.PublishedAt: null } => "comment without publishedAt",
        { Snippet.TextDisplay: null } => "comment without text",
        { Snippet.AuthorChannelId.Value: null or "" } or { Snippet.AuthorChannelId: null } => "comment without author channel",
        _ => null,
    };

    public static Mention ToMention(SourceAccount account, string threadId, string? videoId, YouTubeComment comment)
    {
        var s = comment.Snippet!;
        var handle = string.IsNullOrWhiteSpace(s.AuthorDisplayName) ? s.AuthorChannelId!.Value! : s.AuthorDisplayName;
        var video = s.VideoId ?? videoId;
        return new Mention(
            Network.YouTube,
            account.Id,
            comment.Id!,
            s.ParentId is null ? MentionKind.Comment : MentionKind.Reply,
            threadId,
            s.ParentId,
            // The display name is now the @handle; the name without "@" is the closest to a display name.
            new Author(s.AuthorChannelId!.Value!, handle, handle.TrimStart('@'), Uri.TryCreate(s.AuthorChannelUrl, UriKind.Absolute, out var profile) ? profile : null),
            // textFormat=plainText is requested; decode what entities may still come.
            System.Net.WebUtility.HtmlDecode(s.TextDisplay!),
            s.PublishedAt!.Value.ToUniversalTime(),
            IsPrivate: false,
            Language: null,
            Permalink: video is null ? null : new Uri($"https://www.youtube.com/watch?v={Uri.EscapeDataString(video)}&lc={Uri.EscapeDataString(comment.Id!)}"));
    }
}
