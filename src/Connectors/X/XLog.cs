using Microsoft.Extensions.Logging;

namespace SomeTeams.Connectors.X;

// Ids, counts and status codes only: never text, handles or tokens (BRIEF.md).
internal static partial class XLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "X fetch for account {AccountId} found {Count} new items in {Calls} calls")]
    public static partial void Fetched(ILogger logger, string accountId, int count, int calls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "X item {ItemId} of account {AccountId} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string accountId, string? itemId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "X call {Endpoint} for account {AccountId} failed with status {Status}")]
    public static partial void CallFailed(ILogger logger, string accountId, string endpoint, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "X access token of account {AccountId} refreshed")]
    public static partial void TokenRefreshed(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Information, Message = "X page for account {AccountId} carried {Count} partial errors")]
    public static partial void PartialErrors(ILogger logger, string accountId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "X action {Action} on account {AccountId} refused before any call: {Problem}")]
    public static partial void Refused(ILogger logger, string accountId, Core.Mentions.SocialActionKind action, Core.Mentions.ActionProblem problem);
}
