using System.Globalization;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Stats;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Digest;
using SomeTeams.Teams.Policies;
using H = SomeTeams.Teams.Cards.Handover.HandoverCardText;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// The manager's view in personal chat: <c>stats</c> (tilastot, statistik) answers a manager with
/// the digest card of the last seven days, per-person counts included; anyone else gets their own
/// handled count and a word that the team's figures are for managers. Reads every case (a scan),
/// which is fine for a command someone types now and then.
/// </summary>
internal sealed class StatsChat(StatsSource source, TeamRoles roles, ConnectorClient connector, IConfiguration configuration, TimeProvider time)
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "stats", "tilastot", "statistik" };

    private readonly SlaClock _sla = TeamSla.From(configuration);

    public static bool Asks(string word) => Words.Contains(word);

    public async Task<ConnectorOutcome> AnswerAsync(Activity activity, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var period = new StatsPeriod(now.AddDays(-7), now);
        var (histories, open) = await source.LoadAsync(period, cancellationToken).ConfigureAwait(false);
        var report = StatsCalculator.Compute(period, histories, open, _sla, VipRule.None, now);
        var language = CardLanguages.FromLocale(activity.Locale);
        var zone = _sla.Clock.Hours.TimeZone;
        OutgoingActivity answer;
        if (roles.RolesOf(actor.Id).HasFlag(ActorRoles.Manager))
        {
            using var document = System.Text.Json.JsonDocument.Parse(CaseCard.ToJson(StatsDigestCard.Render(report, language, zone, includeAgents: true)));
            answer = OutgoingActivity.ForCard(document.RootElement.Clone());
        }
        else
        {
            var texts = CardTexts.For(language);
            string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString(texts[DigestCardText.DateFormat], CultureInfo.InvariantCulture);
            var handled = report.Agents.FirstOrDefault(a => string.Equals(a.Id, actor.Id, StringComparison.OrdinalIgnoreCase))?.Handled ?? 0;
            answer = new OutgoingActivity { Text = texts.Format(H.OwnStats, handled, Day(period.From), Day(period.To)), TextFormat = "markdown" };
        }

        var target = new ConversationTarget(activity.ServiceUrl, activity.TenantId ?? string.Empty, activity.Conversation.Id);
        return (await connector.SendAsync(target, answer, cancellationToken).ConfigureAwait(false)).Outcome;
    }
}
