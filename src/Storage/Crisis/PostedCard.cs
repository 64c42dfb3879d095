namespace SomeTeams.Storage.Crisis;

/// <summary>
/// Where a crisis or group card was posted, and what it shows (<paramref name="Shows"/>, a short
/// fingerprint of the drawn state), so a timer run repaints it only when that changed.
/// </summary>
public sealed record PostedCard(string ServiceUrl, string ConversationId, string ActivityId, string Shows);

/// <summary>A case shown in a crisis group's card in the channel of <paramref name="Route"/>.</summary>
public sealed record GroupMember(string CaseId, string Route, DateTimeOffset OpenedAt, bool ClaimedOut);
