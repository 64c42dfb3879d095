using SomeTeams.Core.Cases;
using SomeTeams.Functions.Cards;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// The two Teams messages of the timers: a reply in a case's channel thread that @mentions people
/// (bot-protocol.md §5.9: the entity's text must match the text exactly), and a personal message.
/// People are known by Entra object id; Teams wants their Teams id (29:…) in a text mention and to
/// open a 1:1 chat, so it is looked up in the channel's roster (§5.6) first.
/// </summary>
public sealed partial class TeamsMessages(CardChannels channels, CardLocationStore locations, ConnectorClient connector, ILogger<TeamsMessages> logger)
{
    /// <summary>Replies in the case's thread: "{mentions} {text}". Not sent while the case has no card yet.</summary>
    public async Task<Delivery> ReplyInThreadAsync(Case c, IReadOnlyList<Actor> mention, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(mention);
        if (channels.For(c.Route) is not { } channel || await locations.GetAsync(c.Id, cancellationToken).ConfigureAwait(false) is not { } card)
        {
            LogNoThread(logger, c.Id.Value);
            return Delivery.NotSent;
        }

        var mentions = new List<OutgoingMention>();
        foreach (var person in mention)
        {
            mentions.Add(OutgoingMention.Create(await TeamsIdAsync(channel, person.Id, cancellationToken).ConfigureAwait(false) ?? person.Id, person.Name));
        }

        var activity = new OutgoingActivity
        {
            Text = string.Join(' ', [.. mentions.Select(m => m.Text), text]),
            Entities = mentions.Count == 0 ? null : [.. mentions.Select(m => m.Entity)],
        };
        var sent = await connector.SendAsync(new ConversationTarget(card.ServiceUrl, channel.TenantId, card.ConversationId), activity, cancellationToken).ConfigureAwait(false);
        LogReplied(logger, c.Id.Value, mentions.Count, sent.Outcome, sent.StatusCode);
        return Deliveries.Of(sent.Outcome);
    }

    /// <summary>A message in the person's 1:1 chat with the bot, in the route's channel's tenant.</summary>
    public async Task<Delivery> SendPersonalAsync(string route, string entraId, string text, CancellationToken cancellationToken)
    {
        if (channels.For(route) is not { } channel)
        {
            return Delivery.NotSent;
        }

        if (await TeamsIdAsync(channel, entraId, cancellationToken).ConfigureAwait(false) is not { } teamsId)
        {
            LogUnknownPerson(logger, route);
            return Delivery.NotSent;
        }

        var chat = await connector.CreatePersonalConversationAsync(channel.ServiceUrl, channel.TenantId, teamsId, cancellationToken).ConfigureAwait(false);
        if (chat.Value?.Id is not { Length: > 0 } chatId)
        {
            // Opening the 1:1 chat is idempotent and sends nothing, so any failure here is "not sent".
            return Delivery.NotSent;
        }

        var sent = await connector.SendAsync(new ConversationTarget(channel.ServiceUrl, channel.TenantId, chatId), new OutgoingActivity { Text = text, TextFormat = "markdown" }, cancellationToken).ConfigureAwait(false);
        LogSentPersonal(logger, sent.Outcome, sent.StatusCode);
        return Deliveries.Of(sent.Outcome);
    }

    private async Task<string?> TeamsIdAsync(CardChannel channel, string entraId, CancellationToken cancellationToken)
    {
        var member = await connector.GetMemberAsync(new ConversationTarget(channel.ServiceUrl, channel.TenantId, channel.ChannelId), entraId, cancellationToken).ConfigureAwait(false);
        return member.Value?.Id is { Length: > 0 } id ? id : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: thread reply with {Mentions} mentions: {Outcome} (HTTP {Status})")]
    private static partial void LogReplied(ILogger logger, string caseId, int mentions, ConnectorOutcome outcome, int? status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: no channel thread yet; the notice waits for the card")]
    private static partial void LogNoThread(ILogger logger, string caseId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Personal message: {Outcome} (HTTP {Status})")]
    private static partial void LogSentPersonal(ILogger logger, ConnectorOutcome outcome, int? status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personal message via route {Route} not sent: the person is not in the team's roster")]
    private static partial void LogUnknownPerson(ILogger logger, string route);
}
