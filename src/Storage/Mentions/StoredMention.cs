using SomeTeams.Core.Mentions;

namespace SomeTeams.Storage.Mentions;

/// <summary>A stored mention with its pipeline progress, as one read returns them.</summary>
public sealed record StoredMention(Mention Mention, MentionProgress Progress);
