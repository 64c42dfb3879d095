using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>
/// X API v2 behind the connector seam. Settings: <c>UserId</c>, <c>AccessToken</c>,
/// <c>RefreshToken</c>, <c>ClientId</c>, optional <c>ClientSecret</c>, <c>BaseUrl</c>,
/// <c>TokenUrl</c>, <c>Username</c> (for the summoned-reply check and links),
/// <c>SearchQuery</c> (brand and competitor listening), <c>DirectMessages</c> ("true").
/// </summary>
internal sealed class XConnector(XFetcher fetcher, XActions actions) : ISocialConnector
{
    public Network Network => Network.X;

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken) =>
        account.Enabled
            ? fetcher.FetchAsync(account, cursor, cancellationToken)
            : Task.FromResult<FetchResult>(new FetchResult.Failed(new ConnectorError.Rejected("The X account is disabled."), 0));

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        actions.PerformAsync(account, action, cancellationToken);
}
