using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Tests.Messages;

public sealed class ActivityRouterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity Invoke(string verb) =>
        JsonSerializer.Deserialize(TestActivities.Invoke(verb).ToJsonString(), BotJson.Default.Activity)!;

    private static ActivityRouter Router(TimeProvider time, params ICardActionHandler[] handlers) =>
        new([], handlers, [], time, NullLogger<ActivityRouter>.Instance);

    [Fact]
    public async Task Invoke_HandlerOverItsTimeBudget_IsCancelledAndAnswersWithAnError()
    {
        var time = new FakeTimeProvider();
        var router = Router(time, new StuckHandler());

        var answer = router.RouteAsync(Invoke("stuck"), Ct);
        time.Advance(TimeSpan.FromSeconds(4));
        var result = await answer.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(InvokeResponseBody.ErrorType, result.Body!.Type);
        Assert.Equal(503, result.Body.StatusCode);
    }

    [Fact]
    public void Build_TwoHandlersForOneVerb_FailsAtStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Router(TimeProvider.System, new StuckHandler(), new StuckHandler()));

        Assert.Contains("stuck", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AutomaticTrigger_IsMarkedAsRefresh()
    {
        var record = new RecordingHandlers();
        var router = Router(TimeProvider.System, new ClaimHandler(record));
        var json = TestActivities.Invoke("claim");
        json["value"]!["trigger"] = "automatic";

        await router.RouteAsync(JsonSerializer.Deserialize(json.ToJsonString(), BotJson.Default.Activity)!, Ct);

        Assert.True(Assert.Single(record.Actions).IsRefresh);
    }

    private sealed class StuckHandler : ICardActionHandler
    {
        public string Verb => "stuck";

        public async Task<InvokeResponseBody> HandleAsync(CardAction action, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return InvokeResponseBody.Message("never");
        }
    }
}
