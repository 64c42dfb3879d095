using System.Globalization;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Stats;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Shifts;
using SomeTeams.Functions.Sla;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Digest;

namespace SomeTeams.Functions.Digest;

/// <summary>
/// Timer, Monday mornings: last week's stats digest card (Monday 00:00 to Monday 00:00 in the
/// team's time zone) in the managers' channel, per-agent counts included — so only a route of its
/// own (<c>Channels:{Shifts:ManagersRoute}</c>) will do, never the catch-all channel agents read.
/// Posted once per week under a once-only mark.
/// </summary>
public sealed partial class WeeklyDigest(
    StatsSource source, SlaClock sla, VipRule vip, OnceOnly once, CardChannels channels, ConnectorClient connector, IOptions<ShiftOptions> options, TimeProvider time, ILogger<WeeklyDigest> logger)
    : ITimerFunction
{
    /// <summary>Mondays 06:00 UTC: 08:00 or 09:00 in Helsinki, before the morning shift reads it.</summary>
    public const string DefaultSchedule = "0 0 6 * * 1";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var period = LastWeek(now, sla.Clock.Hours.TimeZone);
        if (!channels.Routes.TryGetValue(options.Value.ManagersRoute, out var channel))
        {
            LogNoChannel(logger, options.Value.ManagersRoute);
            return;
        }

        var key = period.From.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
        await once.SendAsync("weekly-digest", key, async ct =>
        {
            var (histories, open) = await source.LoadAsync(period, ct).ConfigureAwait(false);
            var report = StatsCalculator.Compute(period, histories, open, sla, vip, now);
            var card = StatsDigestCard.Render(report, CardLanguages.FromLocale(channel.Locale), sla.Clock.Hours.TimeZone, includeAgents: true);
            using var document = System.Text.Json.JsonDocument.Parse(CaseCard.ToJson(card));
            var posted = await connector.CreateChannelThreadAsync(channel.ServiceUrl, channel.TenantId, channel.ChannelId, OutgoingActivity.ForCard(document.RootElement.Clone()), ct).ConfigureAwait(false);
            return Deliveries.Of(posted.Outcome);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last whole week before <paramref name="now"/>, Monday to Monday in the team's zone.</summary>
    public static StatsPeriod LastWeek(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var monday = local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        return new StatsPeriod(Midnight(zone, monday.AddDays(-7)), Midnight(zone, monday));
    }

    // Time zones change their offset at night but not at midnight (Helsinki: 03:00/04:00), so local midnight is one instant.
    private static DateTimeOffset Midnight(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly digest not posted: no managers' channel (Channels:{Route})")]
    private static partial void LogNoChannel(ILogger logger, string route);
}
