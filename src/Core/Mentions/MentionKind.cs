namespace SomeTeams.Core.Mentions;

/// <summary>What kind of item a mention is on its network (social-apis.md §1.1).</summary>
public enum MentionKind
{
    Post,
    Comment,
    Reply,
    DirectMessage,
    Review,
    Article,
}
