using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Communications.GetPresencesByUserId;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// Presence of many people at once (<c>POST /communications/getPresencesByUserId</c>,
/// Presence.Read.All as the app), at most 650 ids a call (anchors.md §5, TP7). Where the tenant
/// does not allow it (403), the caller treats everyone on shift as available.
/// </summary>
public sealed partial class PresenceReader(GraphServiceClient graph, GraphOptions options, TimeProvider time, ILogger<PresenceReader> log)
{
    internal const int IdsPerCall = 650;

    public async Task<GraphResult<IReadOnlyList<UserPresence>>> ReadAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (!options.ReadPresence)
        {
            return new GraphResult<IReadOnlyList<UserPresence>>(GraphOutcome.Forbidden, ErrorCode: "DisabledByConfiguration");
        }
        var found = new List<UserPresence>();
        foreach (var chunk in userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).Chunk(IdsPerCall))
        {
            var body = new GetPresencesByUserIdPostRequestBody { Ids = [.. chunk] };
            var result = await GraphCall.RunAsync(
                ct => graph.Communications.GetPresencesByUserId.PostAsGetPresencesByUserIdPostResponseAsync(body, cancellationToken: ct),
                time,
                cancellationToken).ConfigureAwait(false);
            if (!result.IsOk)
            {
                LogFailed(chunk.Length, result.Outcome, result.StatusCode, result.ErrorCode);
                return result.As<IReadOnlyList<UserPresence>>();
            }
            found.AddRange((result.Value?.Value ?? [])
                .Where(p => !string.IsNullOrEmpty(p.Id))
                .Select(p => new UserPresence(p.Id!, UserPresence.Parse(p.Availability), p.Activity)));
        }
        return new GraphResult<IReadOnlyList<UserPresence>>(GraphOutcome.Ok, found);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence of {Count} people not read: {Outcome} {StatusCode} {ErrorCode}")]
    private partial void LogFailed(int count, GraphOutcome outcome, int? statusCode, string? errorCode);
}
