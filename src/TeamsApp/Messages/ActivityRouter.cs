using System.Text.Json;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.TeamsApp.Messages;

/// <summary>
/// Hands an authenticated activity to its handler: messages, <c>adaptiveCard/action</c> invokes
/// by verb, conversation and installation events. Routes are checked when it is built, at
/// start-up. Anything else is acknowledged and ignored, as Teams adds events at any time (§6.1).
/// </summary>
internal sealed partial class ActivityRouter
{
    // Teams gives an invoke about 5 s; leave room for the response to travel (bot-protocol.md §6.5).
    private static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(4);
    private readonly IMessageHandler? messages;
    private readonly Dictionary<string, ICardActionHandler> verbs;
    private readonly IConversationEventHandler[] events;
    private readonly TimeProvider time;
    private readonly ILogger<ActivityRouter> log;

    public ActivityRouter(
        IEnumerable<IMessageHandler> messageHandlers,
        IEnumerable<ICardActionHandler> cardActionHandlers,
        IEnumerable<IConversationEventHandler> eventHandlers,
        TimeProvider time,
        ILogger<ActivityRouter> log)
    {
        var messageList = messageHandlers.ToList();
        messages = messageList.Count <= 1 ? messageList.SingleOrDefault() : throw new InvalidOperationException("More than one IMessageHandler is registered; messages have exactly one handler.");
        verbs = new Dictionary<string, ICardActionHandler>(StringComparer.Ordinal);
        foreach (var handler in cardActionHandlers)
        {
            if (string.IsNullOrWhiteSpace(handler.Verb) || !verbs.TryAdd(handler.Verb, handler))
            {
                throw new InvalidOperationException($"The card action verb '{handler.Verb}' is empty or has two handlers.");
            }
        }

        events = [.. eventHandlers];
        this.time = time;
        this.log = log;
    }

    public IReadOnlyCollection<string> Verbs => verbs.Keys;

    public Task<RouteResult> RouteAsync(Activity activity, CancellationToken cancellationToken) => activity.Type switch
    {
        ActivityTypes.Message => MessageAsync(activity, cancellationToken),
        ActivityTypes.Invoke => InvokeAsync(activity, cancellationToken),
        ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => EventAsync(activity, cancellationToken),
        _ => Task.FromResult(RouteResult.Acknowledged),
    };

    private async Task<RouteResult> MessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var personal = activity.Conversation.ConversationType is null or "personal";
        var value = SubmitValue(activity.Value);

        // In channels and group chats only what addresses the bot is ours (RSC could deliver more).
        if (messages is null || (!personal && value is null && !BotMention.MentionsBot(activity)))
        {
            LogIgnored(activity.Id, activity.Type);
            return RouteResult.Acknowledged;
        }

        await messages.HandleAsync(new IncomingMessage(activity, BotMention.StripBotMention(activity), value, personal), cancellationToken).ConfigureAwait(false);
        return RouteResult.Acknowledged;
    }

    private async Task<RouteResult> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name != ActivityTypes.AdaptiveCardAction)
        {
            return RouteResult.BadInvoke("NotSupported", "This bot answers only adaptiveCard/action invokes.");
        }

        var (value, problem) = CardActionInvoke.Read(activity);
        if (value is null)
        {
            return RouteResult.BadInvoke("BadRequest", problem!);
        }

        if (!verbs.TryGetValue(value.Action.Verb!, out var handler))
        {
            return RouteResult.BadInvoke("BadRequest", "The action's verb is not one this bot handles.");
        }

        using var budget = new CancellationTokenSource(InvokeBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var action = new CardAction(activity, value.Action.Verb!, value.Action.Data, value.Trigger == "automatic");
            return RouteResult.Invoke(await handler.HandleAsync(action, linked.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogInvokeTimedOut(activity.Id, value.Action.Verb!);
            return RouteResult.Invoke(InvokeResponseBody.Error(StatusCodes.Status503ServiceUnavailable, "Timeout", "The action took too long; please try again."));
        }
    }

    private async Task<RouteResult> EventAsync(Activity activity, CancellationToken cancellationToken)
    {
        foreach (var handler in events)
        {
            await handler.HandleAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        return RouteResult.Acknowledged;
    }

    // Action.Submit data comes as an object, or as a JSON string from messageBack (bot-protocol.md §6.2).
    private static JsonElement? SubmitValue(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Object })
        {
            return value;
        }

        if (value is { ValueKind: JsonValueKind.String } text)
        {
            try
            {
                using var parsed = JsonDocument.Parse(text.GetString()!);
                return parsed.RootElement.ValueKind == JsonValueKind.Object ? parsed.RootElement.Clone() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity {ActivityId} ({ActivityType}): not addressed to the bot")]
    private partial void LogIgnored(string? activityId, string activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoke {ActivityId} with verb {Verb} ran out of its time budget")]
    private partial void LogInvokeTimedOut(string? activityId, string verb);
}
