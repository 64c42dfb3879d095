using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Bluesky;

/// <summary>A notification's post as the common mention (social-apis.md §6.7).</summary>
internal static class BlueskyMapper
{
    public static readonly string[] Reasons = ["mention", "reply", "quote"];

    public static string? Problem(BskyNotification n) => n switch
    {
        { Uri: null or "" } => "notification without uri",
        { IndexedAt: null } => "notification without indexedAt",
        { Author.Did: null or "", } or { Author.Handle: null or "" } or { Author: null } => "notification without author",
        { Record: null } => "notification without record",
        { Record.Text: null } => "post without text",
        _ => null,
    };

    public static Mention ToMention(SourceAccount account, BskyNotification n)
    {
        var record = n.Record!;
        var author = n.Author!;
        var isReply = record.Reply?.Parent is not null;
        return new Mention(
            Network.Bluesky,
            account.Id,
            n.Uri!,
            isReply ? MentionKind.Reply : MentionKind.Post,
            record.Reply?.Root?.Uri ?? n.Uri!,
            record.Reply?.Parent?.Uri,
            new Author(author.Did!, author.Handle!, string.IsNullOrWhiteSpace(author.DisplayName) ? author.Handle! : author.DisplayName, ProfileUrl(author.Handle!)),
            record.Text!,
            // createdAt is declared by the client; indexedAt is what the server saw.
            (record.CreatedAt ?? n.IndexedAt!.Value).ToUniversalTime(),
            IsPrivate: false,
            Language: record.Langs is [{ Length: > 0 } lang, ..] ? lang : null,
            Permalink: PostUrl(author.Handle!, n.Uri!));
    }

    public static Uri ProfileUrl(string handle) => new($"https://bsky.app/profile/{Uri.EscapeDataString(handle)}");

    public static Uri PostUrl(string handle, string atUri) => new($"https://bsky.app/profile/{Uri.EscapeDataString(handle)}/post/{RecordKey(atUri)}");

    /// <summary>The last segment of <c>at://{did}/{collection}/{rkey}</c>.</summary>
    public static string RecordKey(string atUri) => atUri[(atUri.LastIndexOf('/') + 1)..];

    /// <summary>The repository (DID) of <c>at://{did}/…</c>.</summary>
    public static string Repo(string atUri) => atUri.StartsWith("at://", StringComparison.Ordinal) ? atUri[5..].Split('/')[0] : string.Empty;
}
