namespace SomeTeams.Storage.Cases;

/// <summary>
/// Where a case's card lives in Teams: the channel thread (conversation id, with its service URL)
/// and the card's activity id, which the card poster updates in place. <paramref name="PostedVersion"/>
/// is the case version the card last showed, so an older update never overwrites a newer one.
/// </summary>
public sealed record CardLocation(string ServiceUrl, string ConversationId, string ActivityId, long PostedVersion);
