namespace SomeTeams.Teams.Tests.BotFramework;

/// <summary>Poll-until-true with a deadline, for effects that happen on another task.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true before the deadline");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
