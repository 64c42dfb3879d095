using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Crisis;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// The card poster's crisis hook: a case that has no card yet and belongs to an active crisis's
/// cluster joins the crisis group (a <see cref="JoinGroup"/> transition, audited) instead of getting
/// its own card; the grouped card, repainted by <see cref="SpikeDetector"/>, shows it. A grouped
/// case stays in the group until a person claims it out (or is handed it).
/// </summary>
public sealed partial class CrisisGrouping(CaseStore cases, CrisisStore store, ActiveCrises active, ILogger<CrisisGrouping> logger)
{
    /// <summary>True when the case is shown in a group, so no card of its own is posted.</summary>
    public async Task<bool> AbsorbAsync(Case c, bool hasCard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (hasCard)
        {
            return false;
        }

        // Grouped and nobody holds it: the group shows it. A grouped case a person holds (handed over
        // by a manager) needs its own card to be worked on; so does one whose statement send failed
        // or may have gone out, for a person to see the problem and say what they found.
        if (c.GroupId is { } group && c.ClaimedBy is null && c.State != CaseState.SendUnknown && c.LastProblem is null)
        {
            await AddAsync(group, c, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (c.State != CaseState.New || c.GroupId is not null
            || CrisisPeriod.Covering(await active.GetAsync(cancellationToken).ConfigureAwait(false), c.Mention.AccountId, c.Triage.Topic) is not { } crisis)
        {
            return false;
        }

        var transition = await cases.ApplyAsync(c.Id, new JoinGroup(Actor.System, crisis.Id), cancellationToken).ConfigureAwait(false);
        var now = transition switch
        {
            Transition.Accepted accepted => accepted.Next,
            Transition.Refused refused => refused.Current,
            _ => null,
        };
        if (now?.GroupId is not { } joined)
        {
            // Claimed meanwhile (or erased): it gets its own card after all.
            return false;
        }

        await AddAsync(joined, now, cancellationToken).ConfigureAwait(false);
        LogGrouped(logger, c.Id.Value, joined);
        return true;
    }

    // A network that takes no replies (RSS) sets no limit: the statement is refused for its cases instead.
    private Task AddAsync(string group, Case c, CancellationToken cancellationToken) =>
        store.AddMemberAsync(group, new GroupMember(c.Id.Value, c.Route, c.OpenedAt, ClaimedOut: false, ReplyLimit: NetworkProfile.For(c.Mention).ReplyLengthLimit is > 0 and var limit ? limit : null), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} joined crisis group {GroupId}")]
    private static partial void LogGrouped(ILogger logger, string caseId, string groupId);
}
