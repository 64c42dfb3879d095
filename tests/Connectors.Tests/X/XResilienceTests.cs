using System.Diagnostics.Metrics;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.X;

namespace SomeTeams.Connectors.Tests.X;

public sealed class XResilienceTests
{
    private static SocialAction Reply() => new(SocialActionKind.ReplyPublic,
        new Mention(Network.X, "x-acme", "1960000000000000002", MentionKind.Post, "1960000000000000002", null, new Author("2222222222", "danak", "Dana K"),
            "@AcmeSupport where is my order?", XHarness.Now.AddMinutes(-5), false),
        "@danak Checking now!", "attempt-1");

    [Fact]
    public async Task Perform_ConnectionDroppedAfterTheRequestWasSent_IsUnknownSoNobodyRepeatsIt()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.AbortNextWrite = true;

        var outcome = await x.PerformAsync(x.Account(), Reply());

        Assert.IsType<ActionOutcome.Unknown>(outcome);
        Assert.Single(x.Fake.Received);
    }

    [Fact]
    public async Task Perform_ApiUnreachable_FailsAsUnavailableBecauseNothingWasSent()
    {
        await using var x = await XHarness.StartAsync();
        var closed = await XFake.StartAsync(TestContext.Current.CancellationToken);
        var address = closed.BaseAddress.ToString();
        await closed.DisposeAsync();

        var outcome = await x.PerformAsync(x.Account(("BaseUrl", address)), Reply());

        Assert.IsType<ConnectorError.Unavailable>(Assert.IsType<ActionOutcome.Failed>(outcome).Error);
    }

    [Fact]
    public async Task Fetch_StoredTokenAboutToExpire_IsRefreshedBeforeTheCall()
    {
        await using var x = await XHarness.StartAsync();
        var account = x.Account();
        await x.Tokens.SaveAsync(account, new XTokens("user-token-1", "refresh-1", XHarness.Now.AddSeconds(30)), TestContext.Current.CancellationToken);

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(account));

        Assert.Equal(2, fetched.Calls);
        Assert.Equal(["/2/oauth2/token", "/2/users/1600000000000000001/mentions"], x.Fake.Received.Select(r => r.Path));
    }

    [Fact]
    public async Task Fetch_TwoPollsMeetARevokedToken_RefreshOnlyOnceBecauseXRotatesTheRefreshToken()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.ValidAccessTokens.Clear();
        var account = x.Account();

        var results = await Task.WhenAll(x.FetchAsync(account), x.FetchAsync(account));

        Assert.All(results, r => Assert.IsType<FetchResult.Fetched>(r));
        Assert.Single(x.Fake.Received, r => r.Path == "/2/oauth2/token");
    }

    [Fact]
    public async Task Fetch_DmWindowSpent_MentionsStillFlowAndDmsRestUntilTheReset()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.Mentions.Add(XFixtures.DanaMention());
        x.Fake.DmEvents.Add(XFixtures.DanaDm());
        x.Fake.ExhaustedPaths.Add("/2/dm_events");
        x.Fake.ResetAt = XHarness.Now.AddMinutes(10);
        var account = x.Account(("DirectMessages", "true"));

        var first = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(account, "d=1960000000000000400"));
        var resting = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(account, first.NextCursor));
        x.Fake.ExhaustedPaths.Clear();
        x.Time.Advance(TimeSpan.FromMinutes(10));
        var rested = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(account, resting.NextCursor ?? first.NextCursor));

        Assert.Equal("1960000000000000002", Assert.Single(first.Mentions).ExternalId);
        Assert.Equal("m=1960000000000000002;d=1960000000000000400", first.NextCursor);
        Assert.Contains("dm_events not read", Assert.Single(first.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(1, resting.Calls);
        Assert.Equal("1960000000000000500", Assert.Single(rested.Mentions).ExternalId);
        Assert.Equal("m=1960000000000000002;d=1960000000000000500", rested.NextCursor);
    }

    [Fact]
    public async Task Fetch_EveryCall_IsCountedInTheMetricForPayPerUse()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.PageSize = 1;
        x.Fake.Mentions.AddRange([XFixtures.DanaMention(), XFixtures.LeeReply(), XFixtures.Post("1970000000000000001", 1)]);
        var counted = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ConnectorMeters.X && instrument.Meter.Scope == x.MeterScope)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            if (tags.ToArray().Contains(new KeyValuePair<string, object?>("account", "x-acme")))
            {
                Interlocked.Add(ref counted, value);
            }
        });
        listener.Start();

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account()));

        Assert.Equal(3, fetched.Calls);
        Assert.Equal(3, Interlocked.Read(ref counted));
    }
}
