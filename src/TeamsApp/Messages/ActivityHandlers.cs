using System.Text.Json;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.TeamsApp.Messages;

/// <summary>
/// A message for the bot: a personal-chat command, or a channel message that @mentions the bot,
/// with the bot's <c>&lt;at&gt;</c> cut from <see cref="Text"/>. <see cref="Value"/> is an
/// Action.Submit's data (bot-protocol.md §6.2), and <see cref="Activity.ReplyToId"/> then names the card.
/// </summary>
internal sealed record IncomingMessage(Activity Activity, string Text, JsonElement? Value, bool IsPersonal);

/// <summary>
/// A click on an Action.Execute button (or a card refresh when <see cref="IsRefresh"/>, which must
/// change nothing). Identify the user by <c>Activity.From.AadObjectId</c>, never by <see cref="Data"/>.
/// </summary>
internal sealed record CardAction(Activity Activity, string Verb, JsonElement? Data, bool IsRefresh);

/// <summary>Handles messages to the bot; at most one is registered.</summary>
internal interface IMessageHandler
{
    Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Answers one Action.Execute verb within the invoke's HTTP response; Teams waits about 5 s and
/// retries, so it must be quick and safe to run twice (bot-protocol.md §6.5).
/// </summary>
internal interface ICardActionHandler
{
    string Verb { get; }

    Task<InvokeResponseBody> HandleAsync(CardAction action, CancellationToken cancellationToken);
}

/// <summary>
/// Extra work on conversationUpdate and installationUpdate (e.g. a welcome post). The references
/// themselves are already recorded by the endpoint before routing.
/// </summary>
internal interface IConversationEventHandler
{
    Task HandleAsync(Activity activity, CancellationToken cancellationToken);
}
