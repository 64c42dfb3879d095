using SomeTeams.Core.Accounts;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Cards;

/// <summary>
/// Posts an account-health alert as a card to the admins' channel (route <c>admins</c>, else the
/// catch-all <c>*</c>). The alert is raised once per problem by the health rules, so a failed
/// post is logged as an error for operations to see rather than retried in the poll loop.
/// </summary>
public sealed partial class AdminAlerts(CardChannels channels, ConnectorClient connector, TimeProvider time, ILogger<AdminAlerts> logger)
{
    public const string Route = "admins";

    public async Task PostAsync(HealthAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (channels.For(Route) is not { } channel)
        {
            LogNoChannel(logger, alert.AccountId, alert.Problem.ToString());
            return;
        }

        var rendered = AccountHealthCard.Render(alert, new CardContext { Locale = channel.Locale, Now = time.GetUtcNow() });
        using var document = System.Text.Json.JsonDocument.Parse(CaseCard.ToJson(rendered));
        var created = await connector.CreateChannelThreadAsync(
            channel.ServiceUrl, channel.TenantId, channel.ChannelId, OutgoingActivity.ForCard(document.RootElement.Clone()), cancellationToken).ConfigureAwait(false);
        if (created.Outcome == ConnectorOutcome.Ok)
        {
            LogPosted(logger, alert.AccountId, alert.Problem.ToString(), alert.Kind.ToString());
        }
        else
        {
            LogFailed(logger, alert.AccountId, alert.Problem.ToString(), created.Outcome.ToString(), created.StatusCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId}: health alert {Problem} posted ({Kind})")]
    private static partial void LogPosted(ILogger logger, string accountId, string problem, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {AccountId}: health alert {Problem} could not be posted: {Outcome} (HTTP {Status})")]
    private static partial void LogFailed(ILogger logger, string accountId, string problem, string outcome, int? status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {AccountId}: health alert {Problem} has no admins channel (Channels:admins)")]
    private static partial void LogNoChannel(ILogger logger, string accountId, string problem);
}
