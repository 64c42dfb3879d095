using System.Globalization;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// The built-in source for local runs: replays <see cref="DemoStream"/> at <c>Speed</c> stream
/// seconds per real second (default 60), looping unless <c>Loop</c> is false. An account
/// imitates one network (setting <c>Imitates</c>, or the id suffix: <c>demo-x</c>,
/// <c>demo-facebook</c> …) and sees only that network's events; actions follow that network's
/// rules and are recorded in the <see cref="DemoActivityLog"/>.
/// </summary>
internal sealed class DemoConnector(DemoStream stream, DemoActivityLog activity, TimeProvider time, ILogger<DemoConnector> logger) : ISocialConnector, IDeletionCheck
{
    private const int MaxEventsPerFetch = 500;

    public Network Network => Network.Demo;

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var at = DemoCursor.Parse(cursor) ?? new DemoCursor(now, 0, -1);
        var speed = double.TryParse(account.Setting("Speed"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60;
        var loop = !bool.TryParse(account.Setting("Loop"), out var l) || l;
        var elapsed = (now - at.Start).TotalSeconds * speed;
        var imitated = DemoNetworks.Imitated(account);
        var mentions = new List<Mention>();
        var deleted = new List<string>();
        for (var taken = 0; taken < MaxEventsPerFetch && stream.Events.Count > 0;)
        {
            if (at.Index + 1 >= stream.Events.Count)
            {
                if (!loop)
                {
                    break;
                }

                at = at with { Lap = at.Lap + 1, Index = -1 };
                continue;
            }

            var e = stream.Events[at.Index + 1];
            var streamSecond = ((double)at.Lap * stream.Length) + e.At;
            if (streamSecond > elapsed)
            {
                break;
            }

            at = at with { Index = at.Index + 1 };
            taken++;
            if (imitated is { } network && DemoStream.NetworkOf(e.Net) != network)
            {
                continue;
            }

            if (e.Deletes is { } gone)
            {
                var id = DemoMapper.ExternalId(gone, at.Lap);
                activity.MarkDeleted(account.Id, id);
                deleted.Add(id);
            }
            else if (!e.Own && e.Author is not null && e.Text is not null)
            {
                mentions.Add(DemoMapper.ToMention(account, e, at.Lap, at.Start.AddSeconds(streamSecond / speed)));
            }
        }

        ConnectorEvents.Fetched(logger, Network, account.Id, mentions.Count, 0, deleted.Count, 0);
        return Task.FromResult<FetchResult>(new FetchResult.Fetched(mentions, at.ToString(), deleted, [], 0));
    }

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        var imitated = DemoNetworks.Imitated(account) ?? Network.Demo;
        return Task.FromResult(Decide(account, action, imitated).Log(logger, account, action));
    }

    public Task<DeletionCheck> FindDeletedAsync(SourceAccount account, IReadOnlyList<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<DeletionCheck>(new DeletionCheck.Checked([.. externalIds.Where(id => activity.IsDeleted(account.Id, id))], 0));

    private ActionOutcome Decide(SourceAccount account, SocialAction action, Network imitated)
    {
        var profile = NetworkProfile.For(imitated);
        var isReply = action.Kind is SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate;
        if (!profile.Supports(action.Kind))
        {
            return new ActionOutcome.Refused(ActionProblem.NotSupported, $"{imitated} does not allow {action.Kind} (demo source imitating {imitated}).");
        }

        if (isReply && string.IsNullOrWhiteSpace(action.Text))
        {
            return new ActionOutcome.Refused(ActionProblem.EmptyReply, "The reply is empty.");
        }

        if (isReply && action.Text!.Length > profile.ReplyLengthLimit)
        {
            return new ActionOutcome.Refused(ActionProblem.TooLong, $"{imitated} replies are limited to {profile.ReplyLengthLimit} characters.");
        }

        return activity.IsDeleted(account.Id, action.Target.ExternalId)
            ? new ActionOutcome.Failed(new ConnectorError.NotFound("The author deleted this item."))
            : Done(activity.Record(account, action, imitated));
    }

    private static ActionOutcome.Done Done(DemoActivity record) => new(record.Id, record.Permalink);
}
