using System.Collections.Frozen;

namespace SomeTeams.Core.Mentions;

/// <summary>
/// What a network allows and how long a reply may be. The card shows only the actions a
/// network supports, and the tone check refuses a reply over the limit (DESIGN.md rule 8).
/// </summary>
public sealed record NetworkProfile(Network Network, int ReplyLengthLimit, FrozenSet<SocialActionKind> Actions)
{
    public bool Supports(SocialActionKind action) => Actions.Contains(action);

    public static NetworkProfile For(Network network) => Profiles[network];

    /// <summary>The profile a mention follows: its imitated network's for a demo mention.</summary>
    public static NetworkProfile For(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Profiles[mention.ProfileNetwork];
    }

    // social-apis.md §1.3. X: like removed from self-serve, user block Enterprise-only.
    // Instagram: no block and no like API. YouTube: hide = held for review, block = ban author.
    private static readonly FrozenDictionary<Network, NetworkProfile> Profiles = new NetworkProfile[]
    {
        new(Network.X, 280, Set(SocialActionKind.ReplyPublic, SocialActionKind.ReplyPrivate, SocialActionKind.Hide, SocialActionKind.Unhide)),
        new(Network.Facebook, 8000, Set(SocialActionKind.ReplyPublic, SocialActionKind.ReplyPrivate, SocialActionKind.Hide, SocialActionKind.Unhide, SocialActionKind.Delete, SocialActionKind.Block, SocialActionKind.Like)),
        new(Network.Instagram, 2200, Set(SocialActionKind.ReplyPublic, SocialActionKind.ReplyPrivate, SocialActionKind.Hide, SocialActionKind.Unhide, SocialActionKind.Delete)),
        new(Network.Mastodon, 500, Set(SocialActionKind.ReplyPublic, SocialActionKind.ReplyPrivate, SocialActionKind.Block, SocialActionKind.Like)),
        new(Network.Bluesky, 300, Set(SocialActionKind.ReplyPublic, SocialActionKind.ReplyPrivate, SocialActionKind.Hide, SocialActionKind.Block, SocialActionKind.Like)),
        new(Network.YouTube, 10000, Set(SocialActionKind.ReplyPublic, SocialActionKind.Hide, SocialActionKind.Delete, SocialActionKind.Block)),
        new(Network.Rss, 0, Set()),
        new(Network.Demo, 1000, Set(SocialActionKind.ReplyPublic, SocialActionKind.ReplyPrivate, SocialActionKind.Hide, SocialActionKind.Unhide, SocialActionKind.Delete, SocialActionKind.Block, SocialActionKind.Like)),
    }.ToFrozenDictionary(p => p.Network);

    private static FrozenSet<SocialActionKind> Set(params SocialActionKind[] actions) => actions.ToFrozenSet();
}
