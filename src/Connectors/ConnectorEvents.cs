using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>Structured logs shared by the connectors: ids, counts, kinds and error types only, never text, handles or tokens.</summary>
internal static partial class ConnectorEvents
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "{Network} fetch for account {AccountId}: {Count} new, {Skipped} skipped, {Deleted} deleted, {Calls} calls")]
    public static partial void Fetched(ILogger logger, Network network, string accountId, int count, int skipped, int deleted, int calls);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "{Network} item {ExternalId} of account {AccountId} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, Network network, string accountId, string? externalId, string reason);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "{Network} call for account {AccountId} failed: {ErrorType}")]
    public static partial void CallFailed(ILogger logger, Network network, string accountId, string errorType);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "{Network} {Action} on {ExternalId} for account {AccountId}: {Outcome}")]
    public static partial void Acted(ILogger logger, Network network, SocialActionKind action, string externalId, string accountId, string outcome);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "{Network} session for account {AccountId}: {Step}")]
    public static partial void Session(ILogger logger, Network network, string accountId, string step);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "{Network} session call {Call} for account {AccountId} failed: {ErrorType}")]
    public static partial void SessionFailed(ILogger logger, Network network, string accountId, string call, string errorType);

    public static void Skipped(ILogger logger, Network network, string accountId, SkippedItem item) =>
        Skipped(logger, network, accountId, item.ExternalId, item.Reason);

    public static void Failed(ILogger logger, Network network, string accountId, ConnectorError error) =>
        CallFailed(logger, network, accountId, error.GetType().Name);

    public static ActionOutcome Log(this ActionOutcome outcome, ILogger logger, SourceAccount account, SocialAction action)
    {
        Acted(logger, account.Network, action.Kind, action.Target.ExternalId, account.Id, outcome.GetType().Name);
        return outcome;
    }
}
