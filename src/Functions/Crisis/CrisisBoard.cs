using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Functions.Cards;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Crisis;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Crisis;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// Draws one crisis's cards from what is stored: the managers' crisis card, and one grouped card
/// per channel its grouped cases were routed to. A card is written only when what it shows changed.
/// </summary>
public sealed partial class CrisisBoard(
    CrisisStore store, CaseStore cases, CardChannels channels, CrisisCardPoster poster, IOptions<CrisisOptions> options, TimeProvider time, ILogger<CrisisBoard> logger)
{
    public async Task ShowAsync(StoredPeriod stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var period = stored.Period;
        var shows = period.IsActive ? "active" : "ended";
        var managers = channels.For(options.Value.ManagersRoute) ?? channels.For(AdminAlerts.Route);
        if (managers is null)
        {
            LogNoManagersChannel(logger, period.Id, options.Value.ManagersRoute);
        }
        else if (stored.Card?.Shows != shows && (stored.Card is not null || period.IsActive))
        {
            var samples = await SamplesAsync(period.SampleCaseIds, _ => true, cancellationToken).ConfigureAwait(false);
            var card = CrisisCards.RenderCrisis(period, samples, Context(managers));
            if (await poster.ShowAsync(managers, stored.Card, card, shows, period.Id, cancellationToken).ConfigureAwait(false) is { } posted)
            {
                await store.SaveCardAsync(period.Cluster, period.Id, posted, cancellationToken).ConfigureAwait(false);
            }
        }

        var members = await store.ListMembersAsync(period.Id, cancellationToken).ConfigureAwait(false);
        var statement = (await store.GetStatementAsync(period.Id, cancellationToken).ConfigureAwait(false))?.Statement;
        foreach (var route in members.GroupBy(m => m.Route, StringComparer.OrdinalIgnoreCase))
        {
            if (channels.For(route.Key) is not { } channel)
            {
                continue;
            }

            var waiting = route.Where(m => !m.ClaimedOut).OrderByDescending(m => m.OpenedAt).ThenByDescending(m => m.CaseId, StringComparer.Ordinal).Select(m => m.CaseId);
            var latest = await SamplesAsync(waiting.Take(CrisisCards.LatestShown * 2), c => c.GroupId == period.Id && c.State == CaseState.New, cancellationToken).ConfigureAwait(false);
            var summary = new GroupSummary(period, route.Count(), route.Count(m => m.ClaimedOut), [.. latest.Take(CrisisCards.LatestShown)], GroupStatementOf(statement, members));
            var card = await store.GetGroupCardAsync(period.Id, route.Key, cancellationToken).ConfigureAwait(false);
            if (card?.Shows == summary.Shows)
            {
                continue;
            }

            if (await poster.ShowAsync(channel, card, CrisisCards.RenderGroup(summary, Context(channel)), summary.Shows, $"{period.Id}/{route.Key}", cancellationToken).ConfigureAwait(false) is { } posted)
            {
                await store.SaveGroupCardAsync(period.Id, route.Key, posted, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<List<CrisisSample>> SamplesAsync(IEnumerable<string> caseIds, Func<Case, bool> shown, CancellationToken cancellationToken)
    {
        var samples = new List<CrisisSample>();
        foreach (var id in caseIds)
        {
            if (await cases.GetAsync(new CaseId(id), cancellationToken).ConfigureAwait(false) is { } c && shown(c))
            {
                samples.Add(new CrisisSample(id, c.Version, c.Mention.Network, c.Mention.Text));
            }
        }

        return samples;
    }

    /// <summary>The whole group's statement (every channel shows the same one, with the count across the group).</summary>
    internal static GroupStatement GroupStatementOf(Core.Crisis.CrisisStatement? statement, IReadOnlyList<GroupMember> members)
    {
        var progress = StatementProgress.Of(statement?.Id, members);
        return new GroupStatement(statement, progress.LengthLimit, progress.SentTo, progress.Waiting);
    }

    private CardContext Context(CardChannel channel) => new() { Locale = channel.Locale, Now = time.GetUtcNow() };

    [LoggerMessage(Level = LogLevel.Error, Message = "Crisis {CrisisId}: no managers' channel is configured (Channels:{Route}, Channels:*, Channels:admins)")]
    private static partial void LogNoManagersChannel(ILogger logger, string crisisId, string route);
}
