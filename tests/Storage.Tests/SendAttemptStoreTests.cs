using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class SendAttemptStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryBegin_SameAttemptTwiceEvenConcurrently_OnlyOneMayCallTheNetwork()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var id = new CaseId("case-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            storage.NewInstance().GetRequiredService<SendAttemptStore>().TryBeginAsync(id, "case-1-4", Ct)));

        Assert.Single(results, began => began);
        Assert.True(await storage.Get<SendAttemptStore>().TryBeginAsync(id, "case-1-9", Ct));
    }

    [Fact]
    public async Task Forget_AnAttemptThatNeverLeft_MayBeginAgain()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var attempts = storage.Get<SendAttemptStore>();
        var id = new CaseId("case-2");

        Assert.True(await attempts.TryBeginAsync(id, "a", Ct));
        await attempts.ForgetAsync(id, "a", Ct);
        await attempts.ForgetAsync(id, "a", Ct);

        Assert.True(await attempts.TryBeginAsync(id, "a", Ct));
    }
}
