using System.Globalization;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// The built-in source for local runs: replays <see cref="DemoStream"/> at <c>Speed</c> stream
/// seconds per real second (default 60), looping unless <c>Loop</c> is false. An account
/// imitates one network (setting <c>Imitates</c>, or the id suffix: <c>demo-x</c>,
/// <c>demo-facebook</c> …) and sees only that network's events; its mentions carry that network
/// (<see cref="Mention.Imitates"/>), actions follow its rules and are recorded in the
/// <see cref="IDemoActivityStore"/>, where the functions host's demo page shows them.
/// </summary>
internal sealed class DemoConnector(DemoStream stream, IDemoActivityStore activity, DemoLinks links, TimeProvider time, ILogger<DemoConnector> logger)
    : ISocialConnector, IDeletionCheck
{
    private const int MaxEventsPerFetch = 500;

    public Network Network => Network.Demo;

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
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
                deleted.Add(DemoMapper.ExternalId(gone, at.Lap));
            }
            else if (!e.Own && e.Author is not null && e.Text is not null)
            {
                mentions.Add(DemoMapper.ToMention(account, e, at.Lap, at.Start.AddSeconds(streamSecond / speed), links));
            }
        }

        // Recorded before the cursor moves on, so the deletion check finds what this fetch reports.
        if (deleted.Count > 0)
        {
            await activity.MarkDeletedAsync(account.Id, deleted, cancellationToken).ConfigureAwait(false);
        }

        ConnectorEvents.Fetched(logger, Network, account.Id, mentions.Count, 0, deleted.Count, 0);
        return new FetchResult.Fetched(mentions, at.ToString(), deleted, [], 0);
    }

    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(action);
        var outcome = await DecideAsync(account, action, cancellationToken).ConfigureAwait(false);
        return outcome.Log(logger, account, action);
    }

    public async Task<DeletionCheck> FindDeletedAsync(SourceAccount account, IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new DeletionCheck.Checked(await activity.FindDeletedAsync(account.Id, externalIds, cancellationToken).ConfigureAwait(false), 0);
    }

    private async Task<ActionOutcome> DecideAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        // The mention says what it imitates; cases stored before it did fall back to the account.
        var imitated = action.Target.Imitates ?? DemoNetworks.Imitated(account) ?? Network.Demo;
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

        var target = action.Target.ExternalId;
        if ((await activity.FindDeletedAsync(account.Id, [target], cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return new ActionOutcome.Failed(new ConnectorError.NotFound("The author deleted this item."));
        }

        var id = DemoLinks.ActivityId(account.Id, action.IdempotencyKey);
        var record = await activity.RecordAsync(
            new DemoActivity(id, account.Id, imitated, action.Kind, target, isReply ? action.Text : null, time.GetUtcNow(),
                isReply ? links.Activity(target, id) : null, action.IdempotencyKey, action.CaseId),
            cancellationToken).ConfigureAwait(false);
        return new ActionOutcome.Done(record.Id, record.Permalink);
    }
}
