using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Instagram;

/// <summary>
/// An Instagram professional account behind the connector seam. Settings: <c>UserId</c>,
/// <c>AccessToken</c>, optional <c>PageId</c> (Facebook-Login flavour: graph.facebook.com
/// and Page messaging), <c>Username</c>, <c>BaseUrl</c>, <c>ApiVersion</c>, <c>AppSecret</c>,
/// <c>HumanAgentTag</c>, <c>DirectMessages</c> ("true"), <c>MediaWindow</c>, <c>InitialLookbackHours</c>.
/// </summary>
internal sealed class InstagramConnector(InstagramFetcher fetcher, InstagramActions actions) : ISocialConnector
{
    public Network Network => Network.Instagram;

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken) =>
        account.Enabled
            ? fetcher.FetchAsync(account, cursor, cancellationToken)
            : Task.FromResult<FetchResult>(new FetchResult.Failed(new ConnectorError.Rejected("The Instagram account is disabled."), 0));

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        actions.PerformAsync(account, action, cancellationToken);
}
