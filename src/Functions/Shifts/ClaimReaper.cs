using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Sla;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Graph;
using H = SomeTeams.Teams.Cards.Handover.HandoverCardText;

namespace SomeTeams.Functions.Shifts;

/// <summary>
/// Gives claims back to the queue when their holder's shift ended more than
/// <see cref="ShiftOptions.ReleaseGrace"/> ago (or, where configured, the holder is offline per Graph
/// presence): a <see cref="Release"/> by the system through the case machine — audited with the
/// reason — then a note on the card saying why. Running it again finds nothing to do: the case is
/// no longer Claimed, and the machine refuses a second release.
/// </summary>
public sealed partial class ClaimReaper(
    CaseStore cases, CaseEffects effects, PresenceReader presence, PersonNotices graph, CardChannels channels, IOptions<ShiftOptions> options, ILogger<ClaimReaper> logger)
{
    public const string ShiftEnded = "ShiftEnded", Offline = "Offline";

    public async Task<int> ReleaseAsync(IReadOnlyList<Case> open, Rota rota, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(rota);
        var grace = options.Value.ReleaseGrace;
        var claimed = open.Where(c => c is { State: CaseState.Claimed, ClaimedBy: not null }).ToList();
        var offline = await OfflineAsync(claimed, now - grace, cancellationToken).ConfigureAwait(false);
        var released = 0;
        foreach (var c in claimed)
        {
            var holder = c.ClaimedBy!;
            var reason = ShiftOver(rota, holder.Id, c.ClaimedAt ?? c.OpenedAt, now - grace) ? ShiftEnded
                : offline.Contains(holder.Id) && (c.ClaimedAt ?? c.OpenedAt) <= now - grace ? Offline
                : null;
            if (reason is not null && await ReleaseAsync(c, holder, reason, cancellationToken).ConfigureAwait(false))
            {
                released++;
            }
        }

        return released;
    }

    /// <summary>
    /// Off shift, and the claim was taken before that shift ended: a claim taken after it (someone
    /// working early or late, off the rota) is theirs until their next shift ends.
    /// </summary>
    private static bool ShiftOver(Rota rota, string holderId, DateTimeOffset claimedAt, DateTimeOffset at) =>
        rota.ShiftEndedFor(holderId, at) && rota.LastShiftEnd(holderId, at) is { } end && claimedAt < end;

    private async Task<bool> ReleaseAsync(Case c, Actor holder, string reason, CancellationToken cancellationToken)
    {
        // SeenVersion: only the claim we looked at is released, not one taken again meanwhile.
        var outcome = await cases.ApplyAsync(c.Id, new Release(Actor.System, reason) { SeenVersion = c.Version }, cancellationToken).ConfigureAwait(false);
        if (outcome is not Transition.Accepted accepted)
        {
            return false;
        }

        var texts = CardTexts.For(CardLanguages.FromLocale(channels.For(c.Route)?.Locale));
        var note = await cases.ApplyAsync(c.Id, new AddNote(Actor.System, texts.Format(reason == ShiftEnded ? H.ReleasedShiftEnded : H.ReleasedOffline, holder.Name)), cancellationToken).ConfigureAwait(false);
        await effects.RunAsync(note is Transition.Accepted ? note : accepted, cancellationToken).ConfigureAwait(false);
        LogReleased(logger, c.Id.Value, reason);
        return true;
    }

    /// <summary>Holders Graph reports offline; nobody when not allowed, not configured or not readable (presence is advisory).</summary>
    private async Task<HashSet<string>> OfflineAsync(List<Case> claimed, DateTimeOffset claimedBefore, CancellationToken cancellationToken)
    {
        var candidates = claimed.Where(c => (c.ClaimedAt ?? c.OpenedAt) <= claimedBefore).Select(c => c.ClaimedBy!.Id).Distinct().ToList();
        if (!options.Value.ReleaseWhenOffline || !graph.GraphConfigured || candidates.Count == 0)
        {
            return [];
        }

        var read = await presence.ReadAsync(candidates, cancellationToken).ConfigureAwait(false);
        return read.IsOk ? new HashSet<string>(read.Value!.Where(p => p.IsOffline).Select(p => p.UserId), StringComparer.OrdinalIgnoreCase) : [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: claim released ({Reason})")]
    private static partial void LogReleased(ILogger logger, string caseId, string reason);
}
