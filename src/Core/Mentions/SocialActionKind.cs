namespace SomeTeams.Core.Mentions;

/// <summary>What the care team can do to an item on its network (social-apis.md §1.3).</summary>
public enum SocialActionKind
{
    ReplyPublic,
    ReplyPrivate,
    Hide,
    Unhide,
    Delete,
    Block,
    Like,
}
