using System.Diagnostics.Metrics;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Telemetry;

/// <summary>
/// The app's counters, on <see cref="SomeTeamsTelemetry.Meter"/>; each call site records with one
/// line. The observable gauges (queue depth, backlog) read storage and live with it.
/// </summary>
public static class SomeTeamsMetrics
{
    public const string TeamsThrottledName = "someteams.teams.throttled";
    public const string NetworkThrottledName = "someteams.network.throttled";
    public const string ConnectorErrorsName = "someteams.connector.errors";
    public const string CardsPostedName = "someteams.cards.posted";
    public const string SendsName = "someteams.sends";
    public const string PollCallsName = "someteams.poll.calls";
    public const string QueueDepthName = "someteams.queue.depth";
    public const string OldestUnclaimedName = "someteams.cases.oldest_unclaimed.age";
    public const string SlaBreachedName = "someteams.cases.sla_breached";

    private static readonly Counter<long> TeamsThrottledCounter = SomeTeamsTelemetry.Meter.CreateCounter<long>(
        TeamsThrottledName, "{response}", "429 answers from the Bot Connector");

    private static readonly Counter<long> NetworkThrottledCounter = SomeTeamsTelemetry.Meter.CreateCounter<long>(
        NetworkThrottledName, "{response}", "429 answers from social networks");

    private static readonly Counter<long> ConnectorErrorsCounter = SomeTeamsTelemetry.Meter.CreateCounter<long>(
        ConnectorErrorsName, "{error}", "Failed fetches and actions, by network and error kind");

    private static readonly Counter<long> CardsPostedCounter = SomeTeamsTelemetry.Meter.CreateCounter<long>(
        CardsPostedName, "{card}", "Case cards posted to or updated in Teams channels");

    private static readonly Counter<long> SendsCounter = SomeTeamsTelemetry.Meter.CreateCounter<long>(
        SendsName, "{send}", "Replies and moderations performed on a network, by outcome");

    // X is pay-per-use: calls per poll show what a poll costs (the other networks for quotas).
    private static readonly Histogram<int> PollCallsHistogram = SomeTeamsTelemetry.Meter.CreateHistogram<int>(
        PollCallsName, "{call}", "HTTP calls one poll of one account made",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 1, 2, 3, 5, 8, 13, 21, 50] });

    /// <summary>The Bot Connector answered 429 to <paramref name="method"/> (GET, POST, PUT).</summary>
    public static void TeamsThrottled(string method) =>
        TeamsThrottledCounter.Add(1, new KeyValuePair<string, object?>(TraceTags.Operation, method));

    /// <summary>A social network answered 429 (<paramref name="network"/>: X, Mastodon, Meta…).</summary>
    public static void NetworkThrottled(string network) =>
        NetworkThrottledCounter.Add(1, new KeyValuePair<string, object?>(TraceTags.Network, network));

    /// <summary>A fetch or action failed with <paramref name="kind"/> (RateLimited, AuthExpired, …).</summary>
    public static void ConnectorError(Network network, string kind) =>
        ConnectorErrorsCounter.Add(1, new(TraceTags.Network, network.ToString()), new(TraceTags.Kind, kind));

    /// <summary><paramref name="kind"/>: <c>created</c> (a new channel thread) or <c>updated</c>.</summary>
    public static void CardPosted(string kind) =>
        CardsPostedCounter.Add(1, new KeyValuePair<string, object?>(TraceTags.Kind, kind));

    public static void Sent(Network network, string outcome) =>
        SendsCounter.Add(1, new(TraceTags.Network, network.ToString()), new(TraceTags.Outcome, outcome));

    public static void Polled(Network network, int calls) =>
        PollCallsHistogram.Record(calls, new KeyValuePair<string, object?>(TraceTags.Network, network.ToString()));
}
