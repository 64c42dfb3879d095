using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

/// <summary>A later message from the same customer in the same conversation, joined to the case.</summary>
public sealed record FollowUp(MentionKey Key, string Text, DateTimeOffset WrittenAt);
