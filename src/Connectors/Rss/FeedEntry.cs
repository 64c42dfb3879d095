namespace SomeTeams.Connectors.Rss;

/// <summary>One Atom entry or RSS item as read from the feed, before mapping (HTML still in place).</summary>
internal sealed record FeedEntry(string? Id, string? Link, string? Title, string? Content, string? AuthorName, DateTimeOffset? At, string? Language);
