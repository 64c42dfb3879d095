using SomeTeams.Teams.Graph;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// Tells one person about a case: in their Teams activity feed when Graph is configured (one chain
/// per case, so a later notice replaces an earlier one), otherwise — or when the feed call fails
/// for any reason — as a personal message from the bot.
/// </summary>
public sealed partial class PersonNotices(ActivityFeedNotifier feed, GraphOptions graph, TeamsMessages messages, ILogger<PersonNotices> logger)
{
    /// <summary>Graph is set up at all: a credential to call it with.</summary>
    public bool GraphConfigured => !string.IsNullOrWhiteSpace(graph.ClientId) || !string.IsNullOrWhiteSpace(graph.StaticToken);

    /// <summary>Graph can send a notice: it is set up and has a topic (a link or the team).</summary>
    public bool FeedConfigured => GraphConfigured && (graph.NotificationLink is not null || !string.IsNullOrWhiteSpace(graph.TeamId));

    public async Task<Delivery> NotifyAsync(string route, string personId, CaseNotice notice, string personalText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (FeedConfigured)
        {
            var result = await feed.NotifyAsync(personId, notice, cancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                return Delivery.Sent;
            }

            LogFallback(logger, notice.Case.Value, result.Outcome);
        }

        return await messages.SendPersonalAsync(route, personId, personalText, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: activity feed {Outcome}; sending a personal message instead")]
    private static partial void LogFallback(ILogger logger, string caseId, GraphOutcome outcome);
}
