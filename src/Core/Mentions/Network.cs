namespace SomeTeams.Core.Mentions;

/// <summary>A social network (or listening source) a mention comes from.</summary>
public enum Network
{
    X,
    Facebook,
    Instagram,
    Mastodon,
    Bluesky,
    YouTube,
    Rss,
    Demo,
}
