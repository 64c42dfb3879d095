using System.Globalization;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Sla;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Notices;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Handover;

namespace SomeTeams.Functions.Shifts;

/// <summary>
/// Timer, every minute: releases claims whose holders' shifts are over (after the grace), and at
/// each shift change — an instant at which someone's shift starts, from Teams Shifts or the
/// configured rota — posts one handover digest card to the handover channel. The digest is sent
/// under a once-only mark per change, so overlapping runs and retries post it once; a change
/// more than <see cref="CatchUp"/> old (the host was down) is skipped rather than posted late.
/// </summary>
public sealed partial class ShiftHandover(
    CaseStore cases, ShiftRoster roster, ClaimReaper reaper, OnceOnly once, NoticeMarkStore marks, SlaClock sla,
    CardChannels channels, ConnectorClient connector, IOptions<ShiftOptions> options, TimeProvider time, ILogger<ShiftHandover> logger) : ITimerFunction
{
    public const string DefaultSchedule = "30 * * * * *";
    public const string Scope = "handover";
    internal static readonly TimeSpan CatchUp = TimeSpan.FromHours(2);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await roster.AroundAsync(now, cancellationToken).ConfigureAwait(false) is not { } rota)
        {
            return;
        }

        var open = new List<Case>();
        await foreach (var c in cases.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            open.Add(c);
        }

        await reaper.ReleaseAsync(open, rota, now, cancellationToken).ConfigureAwait(false);
        var change = rota.Shifts.Select(s => s.Start).Where(s => s <= now && now - s < CatchUp).DefaultIfEmpty().Max();
        if (change == default)
        {
            return;
        }

        var key = change.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        if (await marks.GetAsync(Scope, key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        // Read the cases again after the releases, so released claims show as unclaimed.
        open.Clear();
        await foreach (var c in cases.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            open.Add(c);
        }

        var since = await LastHandoverAsync(key, change, cancellationToken).ConfigureAwait(false);
        var digest = HandoverDigests.Build(open, sla, change, since);
        await once.SendAsync(Scope, key, ct => PostAsync(digest, ct), cancellationToken, detail: key).ConfigureAwait(false);
    }

    /// <summary>The change of the last handover before this one; a day back for the first ever.</summary>
    private async Task<DateTimeOffset> LastHandoverAsync(string key, DateTimeOffset change, CancellationToken cancellationToken)
    {
        var earlier = (await marks.ListAsync(Scope, cancellationToken).ConfigureAwait(false))
            .Where(m => m.State != NoticeMarkState.Reserved && string.CompareOrdinal(m.Key, key) < 0)
            .Select(m => m.Key).DefaultIfEmpty().Max(StringComparer.Ordinal);
        return earlier is null
            ? change.AddDays(-1)
            : DateTimeOffset.ParseExact(earlier, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private async Task<Delivery> PostAsync(HandoverDigest digest, CancellationToken cancellationToken)
    {
        if (channels.For(options.Value.HandoverRoute) is not { } channel)
        {
            LogNoChannel(logger, options.Value.HandoverRoute);
            return Delivery.NotSent;
        }

        var card = HandoverCard.Render(digest, CardLanguages.FromLocale(channel.Locale), sla.Clock.Hours.TimeZone, options.Value.HandoverItems);
        using var document = System.Text.Json.JsonDocument.Parse(CaseCard.ToJson(card));
        var posted = await connector.CreateChannelThreadAsync(channel.ServiceUrl, channel.TenantId, channel.ChannelId, OutgoingActivity.ForCard(document.RootElement.Clone()), cancellationToken).ConfigureAwait(false);
        LogPosted(logger, digest.Items.Count, digest.Notes.Count, posted.Outcome, posted.StatusCode);
        return Deliveries.Of(posted.Outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handover digest with {Items} cases and {Notes} notes: {Outcome} (HTTP {Status})")]
    private static partial void LogPosted(ILogger logger, int items, int notes, ConnectorOutcome outcome, int? status);

    [LoggerMessage(Level = LogLevel.Error, Message = "No channel for the handover digest (Channels:{Route} or Channels:*)")]
    private static partial void LogNoChannel(ILogger logger, string route);
}
