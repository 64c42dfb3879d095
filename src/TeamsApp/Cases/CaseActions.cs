using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.TeamsApp.Conversations;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Runs one card click: the actor from the authenticated activity, the case id, version and
/// inputs from the action's data, the verb's command(s) through <see cref="CaseStore.ApplyAsync"/>,
/// then the effects — the channel card PUT now, the outbox message, personal notices after the
/// answer — and the viewer's own card as the invoke response, with the refusal on top if refused.
/// </summary>
internal sealed partial class CaseActions(
    CaseStore cases, TeamRoles roles, TeamsUsers users, CaseViews views, ChannelCards channel, WorkQueues queues, Notifier notifier, ILogger<CaseActions> log)
{
    public async Task<InvokeResponseBody> HandleAsync(CardAction action, StepBuilder build, CancellationToken cancellationToken)
    {
        var activity = action.Activity;
        if (await roles.ActorOfAsync(activity.From, cancellationToken).ConfigureAwait(false) is not { } actor)
        {
            return Bad("The activity has no 'from.aadObjectId'; only Teams users act on cases.");
        }

        var (data, problem) = ActionData.Read(action.Data);
        if (data is null)
        {
            return Bad(problem!);
        }

        Telemetry.ActionSpans.Case(data.CaseId);
        var tenant = activity.TenantId ?? string.Empty;
        await users.RecordAsync(activity, cancellationToken).ConfigureAwait(false);
        var current = await cases.GetAsync(data.CaseId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return InvokeResponseBody.Message(WorkflowTexts.Get(activity.Locale, WorkflowTexts.NoSuchCase));
        }

        var step = action.IsRefresh ? new ActionStep.Show() : build(new ActionRequest(action, actor, data, current));
        if (step is ActionStep.Later later)
        {
            step = await later.Run(cancellationToken).ConfigureAwait(false);
        }

        switch (step)
        {
            case ActionStep.Invalid invalid:
                return Bad(invalid.Problem);
            case ActionStep.Show show:
                return await CardAsync(current, actor, tenant, activity, show.Refusal, new EditorContent(show.EditorText, show.Suggestion), cancellationToken).ConfigureAwait(false);
        }

        var (last, refused) = await ApplyAllAsync(((ActionStep.Apply)step).Commands, data, actor, current, activity, cancellationToken).ConfigureAwait(false);
        return last is null
            ? InvokeResponseBody.Message(WorkflowTexts.Get(activity.Locale, WorkflowTexts.NoSuchCase))
            : await CardAsync(last, actor, tenant, activity, refused, EditorContent.Saved, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The case after the commands (null when it was erased meanwhile) and the refusal that stopped them, if any.</summary>
    private async Task<(Case? Last, Refusal? Refused)> ApplyAllAsync(
        IReadOnlyList<CaseCommand> commands, ActionData data, Actor actor, Case current, Activity activity, CancellationToken cancellationToken)
    {
        var seen = data.Version;
        var last = current;
        var effects = new List<CaseEffect>();
        Refusal? refused = null;
        foreach (var command in commands)
        {
            var outcome = await cases.ApplyAsync(data.CaseId, command with { SeenVersion = seen }, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                return (null, null);
            }

            if (outcome is Transition.Refused no)
            {
                (last, refused) = (no.Current, no.Reason);
                LogRefused(data.CaseId.Value, command.AuditEvent, no.Reason.Code);
                Telemetry.ActionSpans.Refused(no.Reason.Code);
                break;
            }

            var accepted = (Transition.Accepted)outcome;
            (last, seen) = (accepted.Next, accepted.Next.Version);
            effects.AddRange(accepted.Effects);
            LogAccepted(data.CaseId.Value, command.AuditEvent, accepted.Next.Version);
        }

        await CarryOutAsync(last, effects, actor, activity, cancellationToken).ConfigureAwait(false);
        return (last, refused);
    }

    private async Task CarryOutAsync(Case c, List<CaseEffect> effects, Actor actor, Activity activity, CancellationToken cancellationToken)
    {
        // The outbox message is not best effort: a case in Sending must reach the sender.
        foreach (var send in effects.OfType<CaseEffect.EnqueueSend>())
        {
            await queues.Outbox.SendAsync(new OutboxWork(c.Id.Value, send.AttemptId), WorkJson.Default.OutboxWork, cancellationToken).ConfigureAwait(false);
        }

        // Also after a refusal: a card that fell behind (a failed PUT) catches up with the stored case.
        await channel.UpdateAsync(c, activity, cancellationToken).ConfigureAwait(false);

        foreach (var effect in effects.Where(e => e is CaseEffect.NotifyApprovers or CaseEffect.NotifyDrafter or CaseEffect.NotifyAssignee))
        {
            notifier.Post(new Notice(effect, c, actor, activity.TenantId ?? string.Empty, activity.ServiceUrl, activity.ChannelData?.Team?.Id));
        }
    }

    private async Task<InvokeResponseBody> CardAsync(Case c, Actor actor, string tenant, Activity activity, Refusal? refusal, EditorContent editor, CancellationToken cancellationToken)
    {
        var card = await views.ForViewerAsync(c, actor, tenant, activity.Locale, refusal, editor, cancellationToken).ConfigureAwait(false);
        return InvokeResponseBody.Card(card);
    }

    private static InvokeResponseBody Bad(string message) => InvokeResponseBody.Error(StatusCodes.Status400BadRequest, "BadRequest", message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Command} accepted, now version {Version}")]
    private partial void LogAccepted(string caseId, string command, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Command} refused ({Code})")]
    private partial void LogRefused(string caseId, string command, RefusalCode code);
}
