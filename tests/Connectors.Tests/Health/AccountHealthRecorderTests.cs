using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Health;
using SomeTeams.Connectors.Tests.Credentials;
using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Connectors.Tests.Health;

[Collection(AzuriteTables.Name)]
public sealed class AccountHealthRecorderTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly SourceAccount Page = new("nordlink-fb", Network.Facebook, "Nordlink Facebook", true, new Dictionary<string, string>());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FetchResult Expired => new FetchResult.Failed(new ConnectorError.AuthExpired("token revoked"), 1);

    private static FetchResult.Fetched Fetched(params DateTimeOffset[] at) => new FetchResult.Fetched(
        [.. at.Select((t, i) => new Mention(Network.Facebook, Page.Id, $"c{i}", MentionKind.Comment, "t", null, new Author("a", "A", "A"), "x", t, false))], null, [], [], 1);

    [Fact]
    public async Task RecordFetch_TokenExpiresThenWorks_AlertsOnceEachWayAndStoresHealth()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var host = StoredHost.Build(storage, new FakeTimeProvider(T0));
        var recorder = host.GetRequiredService<AccountHealthRecorder>();

        var alerts = new List<HealthAlert?>
        {
            await recorder.RecordFetchAsync(Page, Fetched(), T0, Ct),
            await recorder.RecordFetchAsync(Page, Expired, T0.AddMinutes(5), Ct),
            await recorder.RecordFetchAsync(Page, Expired, T0.AddMinutes(10), Ct),
            await recorder.RecordFetchAsync(Page, Fetched(T0.AddMinutes(12)), T0.AddMinutes(15), Ct),
            await recorder.RecordFetchAsync(Page, Fetched(), T0.AddMinutes(20), Ct),
        };

        Assert.Equal([null, AlertKind.Raised, null, AlertKind.Recovered, null], alerts.Select(a => a?.Kind));
        Assert.Equal(("Nordlink Facebook", HealthProblem.AuthExpired, T0.AddMinutes(5), T0), (alerts[1]!.AccountName, alerts[1]!.Problem, alerts[1]!.Since, alerts[1]!.LastSuccessfulFetch));
        var stored = await host.GetRequiredService<IAccountHealthStore>().GetAsync(Page.Id, Ct);
        Assert.Equal((AuthState.Ok, T0.AddMinutes(20), T0.AddMinutes(12), FailureKind.AuthExpired), (stored!.Auth, stored.LastSuccessfulFetch, stored.LastEventSeen, stored.LastError));
    }

    [Fact]
    public async Task RecordFetch_WebhookFedPageWhoseWebhookWentQuiet_RaisesAndAWebhookRecovers()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var host = StoredHost.Build(storage, new FakeTimeProvider(T0));
        var recorder = host.GetRequiredService<AccountHealthRecorder>();
        await recorder.RecordWebhookAsync(Page, T0, T0, Ct);

        var missed = await recorder.RecordFetchAsync(Page, Fetched(T0.AddMinutes(20)), T0.AddMinutes(45), Ct);
        var delivered = await recorder.RecordWebhookAsync(Page, T0.AddMinutes(50), T0.AddMinutes(50), Ct);

        Assert.Equal((AlertKind.Raised, HealthProblem.WebhookSilent, T0), (missed!.Kind, missed.Problem, missed.Since));
        Assert.Equal((AlertKind.Recovered, HealthProblem.WebhookSilent), (delivered!.Kind, delivered.Problem));
    }

    [Fact]
    public async Task RecordFetch_TwoInstancesSeeTheSameExpiry_OnlyOneAlerts()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var a = StoredHost.Build(storage, new FakeTimeProvider(T0));
        await using var b = StoredHost.Build(storage, new FakeTimeProvider(T0));

        var alerts = await Task.WhenAll(
            a.GetRequiredService<AccountHealthRecorder>().RecordFetchAsync(Page, Expired, T0, Ct),
            b.GetRequiredService<AccountHealthRecorder>().RecordFetchAsync(Page, Expired, T0, Ct));

        Assert.Single(alerts, x => x is not null);
        Assert.Equal(2, (await a.GetRequiredService<IAccountHealthStore>().GetAsync(Page.Id, Ct))!.ConsecutiveFailures);
    }
}
