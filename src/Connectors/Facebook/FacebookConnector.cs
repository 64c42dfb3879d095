using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Facebook;

/// <summary>
/// A Facebook Page behind the connector seam (Graph API, version configurable). Settings:
/// <c>PageId</c>, <c>AccessToken</c> (Page token), optional <c>BaseUrl</c>, <c>ApiVersion</c>
/// (default v25.0), <c>AppSecret</c> (appsecret_proof), <c>HumanAgentTag</c> ("true" when
/// granted), <c>Messenger</c> ("false" to skip), <c>InitialLookbackHours</c>, <c>PostLookbackDays</c>.
/// </summary>
internal sealed class FacebookConnector(FacebookFetcher fetcher, FacebookActions actions) : ISocialConnector
{
    public Network Network => Network.Facebook;

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken) =>
        account.Enabled
            ? fetcher.FetchAsync(account, cursor, cancellationToken)
            : Task.FromResult<FetchResult>(new FetchResult.Failed(new ConnectorError.Rejected("The Facebook account is disabled."), 0));

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        actions.PerformAsync(account, action, cancellationToken);
}
