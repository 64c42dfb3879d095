using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class BotSigningKeyCacheTests
{
    [Fact]
    public async Task Validate_ManyRequests_FetchesKeysOnce()
    {
        await using var h = await ValidatorHarness.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(AuthFailure.None, (await h.CheckAsync(h.Token())).Failure);
        }

        Assert.Equal(1, h.Server.MetadataRequests);
        Assert.Equal(1, h.Server.KeyRequests);
    }

    [Fact]
    public async Task Validate_After12Hours_RefetchesKeys()
    {
        await using var h = await ValidatorHarness.StartAsync();
        await h.CheckAsync(h.Token());

        h.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1));
        var check = await h.CheckAsync(h.Token());

        Assert.Equal(AuthFailure.None, check.Failure);
        Assert.Equal(2, h.Server.KeyRequests);
    }

    [Fact]
    public async Task Validate_RotatedKeyAfterRefreshInterval_RefetchesAndAccepts()
    {
        await using var h = await ValidatorHarness.StartAsync();
        await h.CheckAsync(h.Token());
        var rotated = h.Server.AddKey("key-rotated", "msteams");

        h.Time.Advance(BotSigningKeyCache.MinForcedInterval);
        var check = await h.CheckAsync(h.Token() with { SigningKey = rotated });

        Assert.Equal(AuthFailure.None, check.Failure);
        Assert.Equal(2, h.Server.KeyRequests);
    }

    [Fact]
    public async Task Validate_UnknownKeysInABurst_RefetchAtMostOncePerInterval()
    {
        await using var h = await ValidatorHarness.StartAsync();
        await h.CheckAsync(h.Token());
        using var stranger = FakeOpenIdServer.UnpublishedKey("key-stranger");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(AuthFailure.UnknownKey, (await h.CheckAsync(h.Token() with { SigningKey = stranger })).Failure);
        }

        Assert.Equal(1, h.Server.KeyRequests);
    }
}
