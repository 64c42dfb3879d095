using Microsoft.Extensions.Configuration;
using SomeTeams.Connectors.Health;
using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Health;

public sealed class HealthObservationsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, FailureKind> Errors => new()
    {
        { nameof(ConnectorError.RateLimited), FailureKind.RateLimited },
        { nameof(ConnectorError.AuthExpired), FailureKind.AuthExpired },
        { nameof(ConnectorError.QuotaExhausted), FailureKind.QuotaExhausted },
        { nameof(ConnectorError.NotFound), FailureKind.NotFound },
        { nameof(ConnectorError.Rejected), FailureKind.Rejected },
        { nameof(ConnectorError.Unavailable), FailureKind.Unavailable },
    };

    private static ConnectorError Error(string name) => name switch
    {
        nameof(ConnectorError.RateLimited) => new ConnectorError.RateLimited(TimeSpan.FromMinutes(1), "r"),
        nameof(ConnectorError.AuthExpired) => new ConnectorError.AuthExpired("r"),
        nameof(ConnectorError.QuotaExhausted) => new ConnectorError.QuotaExhausted(T0.AddHours(8), "r"),
        nameof(ConnectorError.NotFound) => new ConnectorError.NotFound("r"),
        nameof(ConnectorError.Rejected) => new ConnectorError.Rejected("r"),
        _ => new ConnectorError.Unavailable("r"),
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void From_EveryConnectorError_MapsToItsKind(string error, FailureKind expected)
    {
        var observation = Assert.IsType<HealthObservation.FetchFailed>(HealthObservations.From(new FetchResult.Failed(Error(error), 1), webhookFed: false));

        Assert.Equal(expected, observation.Kind);
        Assert.Equal(expected == FailureKind.QuotaExhausted ? T0.AddHours(8) : null, observation.QuotaResetsAt);
    }

    [Fact]
    public void From_Fetched_CarriesEachItemTimeAndTheWebhookFlag()
    {
        var mention = new Mention(Network.X, "a", "1", MentionKind.Post, "1", null, new Author("u", "U", "U"), "x", T0, false);

        var observation = Assert.IsType<HealthObservation.FetchSucceeded>(HealthObservations.From(new FetchResult.Fetched([mention, mention with { CreatedAt = T0.AddMinutes(1) }], null, [], [], 1), true));

        Assert.Equal([T0, T0.AddMinutes(1)], observation.ItemTimes);
        Assert.True(observation.WebhookFed);
    }

    [Theory]
    [InlineData(Network.Facebook, null, true)]
    [InlineData(Network.Instagram, "false", false)]
    [InlineData(Network.X, null, false)]
    [InlineData(Network.X, "true", true)]
    [InlineData(Network.Mastodon, "True", true)]
    public void IsWebhookFed_NetworkAndSetting_Decide(Network network, string? setting, bool expected)
    {
        var settings = setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Webhooks"] = setting };

        Assert.Equal(expected, AccountHealthRecorder.IsWebhookFed(new SourceAccount("a", network, "A", true, settings)));
    }

    [Fact]
    public void Thresholds_FromConfiguration_AreReadAndBadValuesStopStartUp()
    {
        static IConfiguration Section(params (string Key, string Value)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

        Assert.Equal(HealthThresholds.Default, AccountHealthRegistration.Thresholds(Section()));
        Assert.Equal(new HealthThresholds(TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(10), 5), AccountHealthRegistration.Thresholds(Section(("WebhookSilenceMinutes", "60"), ("WebhookGraceMinutes", "10"), ("UnreachablePolls", "5"))));
        Assert.Throws<InvalidOperationException>(() => AccountHealthRegistration.Thresholds(Section(("UnreachablePolls", "0"))));
        Assert.Throws<InvalidOperationException>(() => AccountHealthRegistration.Thresholds(Section(("WebhookGraceMinutes", "45"))));
    }
}
