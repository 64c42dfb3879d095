using Microsoft.Extensions.Logging;

namespace SomeTeams.Connectors.Meta;

// Ids, counts, codes and percentages only: never text, names or tokens (BRIEF.md).
internal static partial class GraphLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Network} fetch for account {AccountId} found {Count} new items in {Calls} calls")]
    public static partial void Fetched(ILogger logger, Core.Mentions.Network network, string accountId, int count, int calls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Network} item {ItemId} of account {AccountId} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, Core.Mentions.Network network, string accountId, string? itemId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Network} call for account {AccountId} failed with status {Status}")]
    public static partial void CallFailed(ILogger logger, string network, string accountId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Network} usage for account {AccountId} is at {Percent}% of the limit")]
    public static partial void HighUsage(ILogger logger, string network, string accountId, int percent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Network} paging link for account {AccountId} is not on the configured host; paging stopped")]
    public static partial void ForeignPagingLink(ILogger logger, string network, string accountId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Network} action {Action} on account {AccountId} refused before any call: {Problem}")]
    public static partial void Refused(ILogger logger, string network, string accountId, Core.Mentions.SocialActionKind action, Core.Mentions.ActionProblem problem);
}
