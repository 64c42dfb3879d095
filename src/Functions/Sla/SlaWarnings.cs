using System.Globalization;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Shifts;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Graph;
using H = SomeTeams.Teams.Cards.Handover.HandoverCardText;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// One case against its first-response clock (the business-time thresholds of its stored start and
/// due time). At 50 % and 80 % the card is repainted as a warning and the claimer — or, unclaimed,
/// everyone on shift — is @mentioned in the case's thread; at the breach the card shows it and every
/// manager is told (activity feed, else a personal message). Only the threshold reached now is
/// announced: a sweep that was down past 50 % does not announce 50 % late. Each notice is keyed by
/// the threshold and the clock's start, so a reopened case (its clock restarted) is warned again.
/// </summary>
public sealed class SlaWarnings(OnceOnly once, SlaClock sla, CardPainter painter, TeamsMessages messages, PersonNotices notices, TeamPeople people, CardChannels channels, IOptions<SlaOptions> options)
{
    public async Task CheckAsync(Case c, Rota? rota, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!c.IsOpen || c.FirstRespondedAt >= c.SlaStartedAt)
        {
            return;
        }

        var reached = sla.Thresholds(c.SlaStartedAt, c.DueAt).ReachedAt(now);
        if (reached == SlaThreshold.None)
        {
            return;
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"sla-{reached}-{c.SlaStartedAt.UtcTicks}");
        await once.SendAsync(c.Id.Value, key + "-card", ct => painter.RepaintAsync(c, reached, ct), cancellationToken).ConfigureAwait(false);
        var texts = CardTexts.For(CardLanguages.FromLocale(channels.For(c.Route)?.Locale));
        var due = DueTimeText.Absolute(c.DueAt, sla.Clock.Hours.TimeZone, texts.Language.ToString());
        if (reached != SlaThreshold.Breached)
        {
            if (Addressees(c, rota, now) is not { } addressees)
            {
                return; // the rota is unreadable this round; the next sweep tries again
            }

            var share = reached == SlaThreshold.Half ? 50 : 80;
            await once.SendAsync(c.Id.Value, key, ct => messages.ReplyInThreadAsync(c, addressees, texts.Format(H.SlaWarning, share, due), ct), cancellationToken).ConfigureAwait(false);
            return;
        }

        var network = texts.Name(c.Mention.Network);
        var notice = new CaseNotice(c.Id, options.Value.BreachedActivityType, texts[H.SlaBreachedTopic], texts.Format(H.SlaBreachedNotice, network, due),
            new Dictionary<string, string> { ["network"] = network });
        foreach (var manager in people.Managers)
        {
            await once.SendAsync(c.Id.Value, key + "-" + manager.Id, ct => notices.NotifyAsync(c.Route, manager.Id, notice, notice.PreviewText, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The claimer; unclaimed, the people on shift; null when that needs the rota and it could not be read.</summary>
    private static IReadOnlyList<Actor>? Addressees(Case c, Rota? rota, DateTimeOffset now)
    {
        if (c.ClaimedBy is { } holder)
        {
            return [holder];
        }

        return rota is null ? null : [.. rota.OnShift(now).Select(s => s.Person).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal)];
    }
}
