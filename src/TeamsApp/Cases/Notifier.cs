using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TeamsApp.Conversations;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Sends the personal messages of transitions (a draft awaits approval, it was approved or sent
/// back, a case was handed over) after the click has been answered: best effort, never failing or
/// slowing a click. Each recipient gets the 1:1 chat created (idempotent, bot-protocol.md §5.5 b).
/// </summary>
internal sealed partial class Notifier(
    ConnectorClient connector, TeamsUsers users, TeamRoles roles, CardLocationStore locations, IOptions<WorkflowOptions> options, ILogger<Notifier> log) : BackgroundService
{
    private readonly Channel<Notice> pending = Channel.CreateBounded<Notice>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Post(Notice notice) => pending.Writer.TryWrite(notice);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in pending.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SendAsync(notice, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Best effort by design: a notice that cannot go must not stop the next one (or the host).
                LogFailed(notice.Case.Id.Value, e.GetType().Name);
            }
        }
    }

    private async Task SendAsync(Notice n, CancellationToken cancellationToken)
    {
        var locale = options.Value.ChannelLocale;
        var summary = await SummaryAsync(n, locale, cancellationToken).ConfigureAwait(false);
        var (recipients, text) = n.Effect switch
        {
            CaseEffect.NotifyApprovers a => ((await roles.ApproverIdsAsync(cancellationToken).ConfigureAwait(false)).Where(id => !string.Equals(id, a.Drafter.Id, StringComparison.OrdinalIgnoreCase)).ToList(),
                WorkflowTexts.Get(locale, WorkflowTexts.AwaitsApproval, a.Drafter.Name, summary)),
            CaseEffect.NotifyDrafter d => ([d.Drafter.Id], WorkflowTexts.Get(locale, d.Approved ? WorkflowTexts.Approved : WorkflowTexts.Rejected, n.By.Name, summary)),
            CaseEffect.NotifyAssignee s => (new List<string> { s.Assignee.Id }, WorkflowTexts.Get(locale, WorkflowTexts.Assigned, n.By.Name, summary)),
            _ => ([], string.Empty),
        };
        foreach (var aad in recipients.Where(id => !string.Equals(id, n.By.Id, StringComparison.OrdinalIgnoreCase)))
        {
            await SendToAsync(n, aad, text, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendToAsync(Notice n, string aad, string text, CancellationToken cancellationToken)
    {
        var teamsId = (await users.FindAsync(n.TenantId, aad, cancellationToken).ConfigureAwait(false))?.TeamsId;
        if (teamsId is null && n.TeamId is { } team)
        {
            // Someone who never clicked anything yet: the team roster knows their Teams id (§5.6).
            var member = await connector.GetMemberAsync(new ConversationTarget(n.ServiceUrl, n.TenantId, team), aad, cancellationToken).ConfigureAwait(false);
            teamsId = member.Value?.Id;
        }

        if (teamsId is null)
        {
            LogUnknownUser(n.Case.Id.Value);
            return;
        }

        var chat = await connector.CreatePersonalConversationAsync(n.ServiceUrl, n.TenantId, teamsId, cancellationToken).ConfigureAwait(false);
        if (chat.Value?.Id is not { Length: > 0 } chatId)
        {
            LogNoChat(n.Case.Id.Value, chat.Outcome, chat.StatusCode);
            return;
        }

        var sent = await connector.SendAsync(new ConversationTarget(n.ServiceUrl, n.TenantId, chatId), new OutgoingActivity { Text = text, TextFormat = "markdown" }, cancellationToken).ConfigureAwait(false);
        LogSent(n.Case.Id.Value, n.Effect.GetType().Name, sent.Outcome);
    }

    /// <summary>Who wrote on which network, a short quote, and a link to the channel card when it is known.</summary>
    private async Task<string> SummaryAsync(Notice n, string locale, CancellationToken cancellationToken)
    {
        var m = n.Case.Mention;
        var quote = m.Text.Length <= 140 ? m.Text : string.Concat(m.Text.AsSpan(0, 139), "…");
        var summary = $"{m.Author.DisplayName} ({m.Network}): “{quote}”";
        var card = await locations.GetAsync(n.Case.Id, cancellationToken).ConfigureAwait(false);
        if (card is null)
        {
            return summary;
        }

        var channel = ConversationIds.WithoutThread(card.ConversationId);
        var link = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channel)}/{card.ActivityId}?tenantId={n.TenantId}&parentMessageId={card.ActivityId}";
        return $"{summary} [{WorkflowTexts.Get(locale, WorkflowTexts.OpenCard)}]({link})";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {Notice} for case {CaseId}: {Outcome}")]
    private partial void LogSent(string caseId, string notice, ConnectorOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice for case {CaseId} not sent: recipient's Teams id unknown")]
    private partial void LogUnknownUser(string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice for case {CaseId} not sent: no 1:1 chat ({Outcome}, status {StatusCode})")]
    private partial void LogNoChat(string caseId, ConnectorOutcome outcome, int? statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice for case {CaseId} failed ({ErrorType})")]
    private partial void LogFailed(string caseId, string errorType);
}
