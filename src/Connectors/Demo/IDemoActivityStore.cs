namespace SomeTeams.Connectors.Demo;

/// <summary>
/// Where the demo source keeps what the team did to it and which of its items their authors
/// deleted. In memory by default (<see cref="DemoActivityLog"/>); the functions host keeps it in
/// a table, so the page it serves, the poller and the sender agree across processes.
/// </summary>
public interface IDemoActivityStore
{
    /// <summary>Records <paramref name="activity"/> unless one with its <see cref="DemoActivity.Id"/> exists; answers the stored one.</summary>
    Task<DemoActivity> RecordAsync(DemoActivity activity, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="max"/>; only those on <paramref name="targetExternalId"/> when given.</summary>
    Task<IReadOnlyList<DemoActivity>> ListAsync(string? targetExternalId, int max, CancellationToken cancellationToken);

    Task MarkDeletedAsync(string accountId, IReadOnlyList<string> externalIds, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="externalIds"/> the author deleted.</summary>
    Task<IReadOnlyList<string>> FindDeletedAsync(string accountId, IReadOnlyList<string> externalIds, CancellationToken cancellationToken);
}

/// <summary>
/// One reply or moderation performed against the demo source. <see cref="Id"/> is derived from
/// the account and the attempt, so a repeated action is the same record.
/// </summary>
public sealed record DemoActivity(
    string Id,
    string AccountId,
    Core.Mentions.Network Imitates,
    Core.Mentions.SocialActionKind Kind,
    string TargetExternalId,
    string? Text,
    DateTimeOffset At,
    Uri? Permalink,
    string AttemptId,
    string? CaseId);
