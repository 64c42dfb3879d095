using SomeTeams.Core.Cases;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// A personal message to send after a click (an effect of the transition), with where the click
/// came from: the tenant, the serviceUrl and the team, to reach people who never wrote to the bot.
/// </summary>
internal sealed record Notice(CaseEffect Effect, Case Case, Actor By, string TenantId, string ServiceUrl, string? TeamId);
