using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;
using static SomeTeams.Core.Accounts.HealthObservation;

namespace SomeTeams.Core.Tests.Accounts;

public sealed class AccountHealthRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly HealthThresholds Thresholds = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5), 3);

    private static FetchSucceeded Empty => new([], WebhookFed: false);

    private static FetchFailed Fail(FailureKind kind) => new(kind);

    /// <summary>A run of observations one minute apart; returns the alerts in order, as "Raised:Problem".</summary>
    private static (AccountHealth Health, List<string> Alerts) Run(params HealthObservation[] observations)
    {
        var health = AccountHealth.Start("brand", Network.X, T0);
        var alerts = new List<string>();
        for (var i = 0; i < observations.Length; i++)
        {
            var result = AccountHealthRules.Evaluate(health, observations[i], T0.AddMinutes(i + 1), Thresholds);
            health = result.Health;
            if (result.Alert is { } a)
            {
                alerts.Add($"{a.Kind}:{a.Problem}");
            }
        }

        return (health, alerts);
    }

    public static TheoryData<string, HealthObservation[], string[]> Sequences => new()
    {
        { "healthy polls say nothing", [Empty, Empty, Empty], [] },
        { "auth expiry raised on the first failing poll", [Empty, Fail(FailureKind.AuthExpired)], ["Raised:AuthExpired"] },
        { "auth expiry raised once however many polls fail", [Fail(FailureKind.AuthExpired), Fail(FailureKind.AuthExpired), Fail(FailureKind.AuthExpired)], ["Raised:AuthExpired"] },
        { "recovery announced once", [Fail(FailureKind.AuthExpired), Empty, Empty], ["Raised:AuthExpired", "Recovered:AuthExpired"] },
        { "quota exhausted raised once", [Fail(FailureKind.QuotaExhausted), Fail(FailureKind.QuotaExhausted)], ["Raised:QuotaExhausted"] },
        { "auth outranks quota", [Fail(FailureKind.QuotaExhausted), Fail(FailureKind.AuthExpired)], ["Raised:QuotaExhausted", "Raised:AuthExpired"] },
        { "two unavailable polls are weather", [Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable), Empty], [] },
        { "three unavailable polls are an outage", [Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable)], ["Raised:Unreachable"] },
        { "a rate limit between outages is no recovery", [Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable), Fail(FailureKind.RateLimited), Empty], ["Raised:Unreachable", "Recovered:Unreachable"] },
        { "a success resets the unavailable count", [Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable), Empty, Fail(FailureKind.Unavailable), Fail(FailureKind.Unavailable)], [] },
        { "rate limits alone never alert", [Fail(FailureKind.RateLimited), Fail(FailureKind.RateLimited), Fail(FailureKind.RateLimited), Fail(FailureKind.RateLimited)], [] },
        { "a refused fetch is raised at once", [Fail(FailureKind.NotFound)], ["Raised:FetchRefused"] },
        { "a refused fetch stays raised through an outage blip", [Fail(FailureKind.Rejected), Fail(FailureKind.Unavailable), Empty], ["Raised:FetchRefused", "Recovered:FetchRefused"] },
        { "webhook receipts alone are healthy", [new WebhookReceived(), new WebhookReceived()], [] },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Evaluate_Sequence_RaisesExactlyTheseAlerts(string because, HealthObservation[] observations, string[] expected)
    {
        var (_, alerts) = Run(observations);

        Assert.True(expected.SequenceEqual(alerts), $"{because}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", alerts)}]");
    }

    [Fact]
    public void Evaluate_Success_RecordsFetchNewestEventAndClearsFailures()
    {
        var newest = T0.AddMinutes(-3);

        var (health, _) = Run(Fail(FailureKind.Unavailable), new FetchSucceeded([T0.AddMinutes(-10), newest], false), Empty);

        Assert.Equal(T0.AddMinutes(3), health.LastSuccessfulFetch);
        Assert.Equal(newest, health.LastEventSeen);
        Assert.Equal(AuthState.Ok, health.Auth);
        Assert.Equal(QuotaState.Ok, health.Quota);
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Equal(FailureKind.Unavailable, health.LastError);
        Assert.Equal(T0.AddMinutes(1), health.LastErrorAt);
    }

    [Fact]
    public void Evaluate_QuotaExhausted_AlertCarriesResetTimeAndStart()
    {
        var resets = T0.AddHours(16);
        var health = AccountHealth.Start("yt", Network.YouTube, T0);

        var first = AccountHealthRules.Evaluate(health, new FetchFailed(FailureKind.QuotaExhausted, resets), T0.AddMinutes(5), Thresholds);

        var alert = Assert.IsType<HealthAlert>(first.Alert);
        Assert.Equal((AlertKind.Raised, HealthProblem.QuotaExhausted, T0.AddMinutes(5), resets), (alert.Kind, alert.Problem, alert.Since, alert.QuotaResetsAt));
        Assert.Equal(("yt", Network.YouTube), (alert.AccountId, alert.Network));
    }

    [Fact]
    public void Evaluate_RecoveryAfterOutage_SaysWhenTheProblemBegan()
    {
        var health = AccountHealth.Start("brand", Network.Mastodon, T0);
        for (var i = 1; i <= 3; i++)
        {
            health = AccountHealthRules.Evaluate(health, Fail(FailureKind.Unavailable), T0.AddMinutes(i), Thresholds).Health;
        }

        var recovered = AccountHealthRules.Evaluate(health, Empty, T0.AddMinutes(10), Thresholds);

        Assert.Equal((AlertKind.Recovered, HealthProblem.Unreachable, T0.AddMinutes(1), T0.AddMinutes(10)), (recovered.Alert!.Kind, recovered.Alert.Problem, recovered.Alert.Since, recovered.Alert.At));
        Assert.Null(recovered.Health.Alerted);
    }

    [Theory]
    [InlineData(40, 20, true, true)] // silent 40 min, item 20 min old, webhook-fed → missing subscription
    [InlineData(40, 20, false, false)] // not webhook-fed: polling is the only path
    [InlineData(25, 20, true, false)] // silence shorter than the window
    [InlineData(40, 2, true, false)] // item too fresh: its delivery may be on its way
    [InlineData(40, 45, true, false)] // item older than the last delivery: the webhook may have brought it
    public void Evaluate_WebhookFedPollFindsItems_RaisesWebhookSilentOnlyWhenProven(int silentMinutes, int itemAgeMinutes, bool webhookFed, bool raised)
    {
        var lastWebhook = T0;
        var now = lastWebhook.AddMinutes(silentMinutes);
        var health = AccountHealth.Start("page", Network.Facebook, T0.AddHours(-1)) with { LastWebhookEvent = lastWebhook };

        var result = AccountHealthRules.Evaluate(health, new FetchSucceeded([now.AddMinutes(-itemAgeMinutes)], webhookFed), now, Thresholds);

        Assert.Equal(raised ? HealthProblem.WebhookSilent : null, result.Alert?.Problem);
    }

    [Fact]
    public void Evaluate_WebhookSilent_StaysUntilADeliveryArrivesThenRecoversOnce()
    {
        var health = AccountHealth.Start("page", Network.Facebook, T0);
        var missed = AccountHealthRules.Evaluate(health, new FetchSucceeded([T0.AddMinutes(40)], true), T0.AddMinutes(50), Thresholds);
        var quietPoll = AccountHealthRules.Evaluate(missed.Health, new FetchSucceeded([], true), T0.AddMinutes(55), Thresholds);

        var delivered = AccountHealthRules.Evaluate(quietPoll.Health, new WebhookReceived(T0.AddMinutes(56)), T0.AddMinutes(56), Thresholds);

        Assert.Equal((AlertKind.Raised, T0), (missed.Alert!.Kind, missed.Alert.Since));
        Assert.Null(quietPoll.Alert);
        Assert.Equal((AlertKind.Recovered, HealthProblem.WebhookSilent), (delivered.Alert!.Kind, delivered.Alert.Problem));
        Assert.Equal(T0.AddMinutes(56), delivered.Health.LastEventSeen);
    }

    [Fact]
    public void Evaluate_NeverDeliveredWebhookFedAccount_CountsSilenceFromTrackingStart()
    {
        var health = AccountHealth.Start("page", Network.Instagram, T0);

        var early = AccountHealthRules.Evaluate(health, new FetchSucceeded([T0.AddMinutes(10)], true), T0.AddMinutes(20), Thresholds);
        var late = AccountHealthRules.Evaluate(early.Health, new FetchSucceeded([T0.AddMinutes(25)], true), T0.AddMinutes(35), Thresholds);

        Assert.Null(early.Alert);
        Assert.Equal(HealthProblem.WebhookSilent, late.Alert?.Problem);
    }

    [Fact]
    public void Evaluate_AuthFailures_KeepTheFirstFailureAsSince()
    {
        var (health, _) = Run(Empty, Fail(FailureKind.AuthExpired), Fail(FailureKind.AuthExpired));

        Assert.Equal((AuthState.Expired, T0.AddMinutes(2), 2), (health.Auth, health.AuthFailedSince, health.ConsecutiveFailures));
        Assert.Equal(HealthProblem.AuthExpired, health.Alerted);
    }

    [Fact]
    public void Start_NoAccountId_Throws() =>
        Assert.Throws<ArgumentException>(() => AccountHealth.Start("", Network.X, T0));
}
