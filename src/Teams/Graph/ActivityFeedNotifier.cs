using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// Notifies a person in their Teams activity feed about a case (<c>POST /users/{id}/teamwork/
/// sendActivityNotification</c>), one chain per case. A <see cref="GraphResult{T}.UseFallback"/>
/// result (no consent, app not installed for the user) means: send a personal message instead.
/// Sending a notice again after an outage is safe: the same chain replaces, it does not pile up.
/// </summary>
public sealed partial class ActivityFeedNotifier(GraphServiceClient graph, GraphOptions options, TimeProvider time, ILogger<ActivityFeedNotifier> log)
{
    public async Task<GraphResult<bool>> NotifyAsync(string userId, CaseNotice notice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(notice);
        var body = new SendActivityNotificationPostRequestBody
        {
            Topic = Topic(notice),
            ActivityType = notice.ActivityType,
            ChainId = ActivityChain.Of(notice.Case),
            PreviewText = new ItemBody { Content = notice.PreviewText },
            TemplateParameters = [.. notice.TemplateParameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Microsoft.Graph.Models.KeyValuePair { Name = p.Key, Value = p.Value })],
            TeamsAppId = string.IsNullOrEmpty(options.TeamsAppId) ? null : options.TeamsAppId,
        };
        var result = await GraphCall.RunAsync(
            async ct =>
            {
                await graph.Users[userId].Teamwork.SendActivityNotification.PostAsync(body, cancellationToken: ct).ConfigureAwait(false);
                return true;
            },
            time,
            cancellationToken).ConfigureAwait(false);
        if (!result.IsOk)
        {
            LogFailed(notice.Case.Value, notice.ActivityType, result.Outcome, result.StatusCode, result.ErrorCode);
        }
        return result;
    }

    /// <summary>A text topic opening the configured link for the case, or else the team itself.</summary>
    private TeamworkActivityTopic Topic(CaseNotice notice)
    {
        if (options.NotificationLink is { } link)
        {
            var separator = string.IsNullOrEmpty(link.Query) ? "?" : "&";
            return new TeamworkActivityTopic
            {
                Source = TeamworkActivityTopicSource.Text,
                Value = notice.Topic,
                WebUrl = $"{link}{separator}caseId={Uri.EscapeDataString(notice.Case.Value)}",
            };
        }
        if (string.IsNullOrWhiteSpace(options.TeamId))
        {
            throw new InvalidOperationException("Set Graph:NotificationLink or Graph:TeamId: an activity notice needs a topic.");
        }
        return new TeamworkActivityTopic
        {
            Source = TeamworkActivityTopicSource.EntityUrl,
            Value = $"{options.BaseUrl.ToString().TrimEnd('/')}/teams/{Uri.EscapeDataString(options.TeamId)}",
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity notice for case {CaseId} ({ActivityType}) not sent: {Outcome} {StatusCode} {ErrorCode}")]
    private partial void LogFailed(string caseId, string activityType, GraphOutcome outcome, int? statusCode, string? errorCode);
}
