namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>Where a call goes: the serviceUrl verbatim (never rebuilt, bot-protocol.md §5.0), the tenant for pacing, and the conversation.</summary>
public sealed record ConversationTarget(string ServiceUrl, string TenantId, string ConversationId);
