using System.Text;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TeamsApp.Conversations;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Chat commands: <c>queue</c> (jono, kö) lists what I hold and what awaits my approval;
/// <c>stats</c> (tilastot, statistik) is the manager's view (<see cref="StatsChat"/>); anything else gets the help text. Answers in the activity's language.
/// </summary>
internal sealed partial class PersonalChat(CaseStore cases, TeamRoles roles, TeamsUsers users, ConnectorClient connector, StatsChat stats, ILogger<PersonalChat> log) : IMessageHandler
{
    private static readonly HashSet<string> QueueWords = new(StringComparer.OrdinalIgnoreCase) { "queue", "jono", "kö", "ko" };

    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var activity = message.Activity;
        if (message.Value is not null)
        {
            // An Action.Submit: the case card uses Action.Execute only, so this is not ours to answer,
            // and a help text posted into a channel thread would only be noise.
            LogIgnoredSubmit(activity.Id);
            return;
        }

        await users.RecordAsync(activity, cancellationToken).ConfigureAwait(false);
        var locale = activity.Locale;
        var word = message.Text.Trim().TrimEnd('.', '!', '?');
        var asks = StatsChat.Asks(word);
        var actor = asks || QueueWords.Contains(word) ? await roles.ActorOfAsync(activity.From, cancellationToken).ConfigureAwait(false) : null;
        if (asks && actor is not null)
        {
            var outcome = await stats.AnswerAsync(activity, actor, cancellationToken).ConfigureAwait(false);
            LogAnswered(activity.Id, outcome);
            return;
        }

        var text = actor is not null
            ? await QueueAsync(actor, locale, cancellationToken).ConfigureAwait(false)
            : WorkflowTexts.Get(locale, WorkflowTexts.Help);
        var target = new ConversationTarget(activity.ServiceUrl, activity.TenantId ?? string.Empty, activity.Conversation.Id);
        var sent = await connector.SendAsync(target, new OutgoingActivity { Text = text, TextFormat = "markdown" }, cancellationToken).ConfigureAwait(false);
        LogAnswered(activity.Id, sent.Outcome);
    }

    /// <summary>
    /// Reads every open case (CaseStore.ListOpenAsync scans); fine at a care team's volume for a
    /// command someone types, not for a card click.
    /// </summary>
    private async Task<string> QueueAsync(Actor actor, string? locale, CancellationToken cancellationToken)
    {
        var mine = new List<Case>();
        var approvals = new List<Case>();
        await foreach (var c in cases.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (actor.IsSamePerson(c.ClaimedBy))
            {
                mine.Add(c);
            }
            else if (c.State == CaseState.AwaitingApproval && actor.Is(ActorRoles.Approver) && !actor.IsSamePerson(c.Draft?.Author))
            {
                approvals.Add(c);
            }
        }

        if (mine.Count == 0 && approvals.Count == 0)
        {
            return WorkflowTexts.Get(locale, WorkflowTexts.QueueEmpty);
        }

        var text = new StringBuilder();
        Section(text, WorkflowTexts.Get(locale, WorkflowTexts.QueueClaimed, mine.Count), mine);
        Section(text, WorkflowTexts.Get(locale, WorkflowTexts.QueueApprovals, approvals.Count), approvals);
        return text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, List<Case> list)
    {
        if (list.Count == 0)
        {
            return;
        }

        text.Append("**").Append(title).Append("**\n\n");
        foreach (var c in list.OrderBy(c => c.DueAt).Take(20))
        {
            var quote = c.Mention.Text.Length <= 80 ? c.Mention.Text : string.Concat(c.Mention.Text.AsSpan(0, 79), "…");
            text.Append("- ").Append(c.Mention.Author.DisplayName).Append(" (").Append(c.Mention.Network).Append("): ").Append(quote).Append('\n');
        }

        text.Append('\n');
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Action.Submit {ActivityId}: case cards use Action.Execute")]
    private partial void LogIgnoredSubmit(string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered chat message {ActivityId}: {Outcome}")]
    private partial void LogAnswered(string? activityId, ConnectorOutcome outcome);
}
