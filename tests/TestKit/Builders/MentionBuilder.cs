using SomeTeams.Core.Mentions;

namespace SomeTeams.TestKit.Builders;

/// <summary>Realistic mentions for tests; every call gives a new external id unless one is given.</summary>
public static class MentionBuilder
{
    private static int _next;

    public static Mention Create(
        Network network = Network.Bluesky,
        string accountId = "did:plc:brandaccount",
        string? externalId = null,
        string threadId = "thread-1",
        string authorId = "did:plc:customer",
        string text = "Netti ei toimi taas, kolmas kerta tällä viikolla",
        DateTimeOffset? createdAt = null)
    {
        var id = externalId ?? $"at://did:plc:customer/app.bsky.feed.post/3k{Interlocked.Increment(ref _next):D6}";
        return new Mention(
            network,
            accountId,
            id,
            MentionKind.Reply,
            threadId,
            InReplyToId: null,
            new Author(authorId, "asiakas.bsky.social", "Asiakas", new Uri("https://bsky.app/profile/asiakas.bsky.social"), 120),
            text,
            createdAt ?? new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero),
            IsPrivate: false,
            Language: "fi",
            Permalink: new Uri("https://bsky.app/profile/asiakas.bsky.social/post/3k"));
    }
}
