using System.Collections.Concurrent;
using System.Text.Json;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Tests.Messages;

/// <summary>Handlers that remember what reached them, so a test can prove what did not.</summary>
internal sealed class RecordingHandlers : IMessageHandler, IConversationEventHandler
{
    public ConcurrentQueue<IncomingMessage> Messages { get; } = new();

    public ConcurrentQueue<Activity> Events { get; } = new();

    public ConcurrentQueue<CardAction> Actions { get; } = new();

    public bool Saw(string activityId) =>
        Messages.Any(m => m.Activity.Id == activityId) || Events.Any(e => e.Id == activityId) || Actions.Any(a => a.Activity.Id == activityId);

    public Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        Events.Enqueue(activity);
        return Task.CompletedTask;
    }
}

/// <summary>The <c>claim</c> verb: answers with a card naming the verb and the clicking user's object id.</summary>
internal sealed class ClaimHandler(RecordingHandlers record) : ICardActionHandler
{
    public string Verb => "claim";

    public Task<InvokeResponseBody> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        record.Actions.Enqueue(action);
        var card = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new[] { new Dictionary<string, string> { ["type"] = "TextBlock", ["text"] = $"claimed by {action.Activity.From?.AadObjectId}" } },
        });
        return Task.FromResult(InvokeResponseBody.Card(card));
    }
}
