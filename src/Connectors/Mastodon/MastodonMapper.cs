using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Mastodon;

/// <summary>A mention notification's status as the common mention (social-apis.md §5.6).</summary>
internal static class MastodonMapper
{
    /// <summary>Why a notification cannot become a mention, or null when it can.</summary>
    public static string? Problem(MastodonNotification n) => n switch
    {
        { Id: null or "" } => "notification without id",
        { Status: null } => "mention without status",
        { Status.Id: null or "" } => "status without id",
        { Status.CreatedAt: null } => "status without created_at",
        { Status.Account.Id: null or "" } => "status without account",
        _ => null,
    };

    public static Mention ToMention(SourceAccount account, MastodonStatus status, string threadId)
    {
        var author = status.Account!;
        var text = HtmlText.ToPlain(status.Content);
        var link = status.Url ?? status.Uri;
        return new Mention(
            Network.Mastodon,
            account.Id,
            status.Id!,
            status.InReplyToId is null ? MentionKind.Post : MentionKind.Reply,
            threadId,
            status.InReplyToId,
            new Author(author.Id!, Handle(author, account), author.DisplayName is { Length: > 0 } name ? name : author.Username ?? author.Acct ?? author.Id!, ToUri(author.Url)),
            text,
            status.CreatedAt!.Value.ToUniversalTime(),
            IsPrivate: status.Visibility is "private" or "direct",
            Language: string.IsNullOrEmpty(status.Language) ? null : status.Language,
            Permalink: ToUri(link));
    }

    /// <summary>Local accounts have no domain in <c>acct</c>; the handle is always <c>user@instance</c>.</summary>
    private static string Handle(MastodonAccount author, SourceAccount account)
    {
        var acct = author.Acct ?? author.Username ?? author.Id!;
        if (acct.Contains('@', StringComparison.Ordinal))
        {
            return acct;
        }

        return Uri.TryCreate(account.Setting("BaseUrl"), UriKind.Absolute, out var instance) ? $"{acct}@{instance.Host}" : acct;
    }

    private static Uri? ToUri(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
}
