namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>
/// The unauthenticated local mode for the Agents Playground, which sends no token
/// (feasibility.md §2). While on, requests without a token are accepted and outbound calls go
/// only to loopback, never with a token. The host refuses to start it on a non-loopback address.
/// </summary>
public sealed record LocalMode(bool Enabled);
