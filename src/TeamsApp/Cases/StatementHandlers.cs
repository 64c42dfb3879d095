using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Tone;
using SomeTeams.Storage.Crisis;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Crisis;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// The grouped card's statement: save (tone-checked against the strictest network in the group),
/// submit (its author), approve (an approver who is not its author, roles from TeamRoles). Each
/// step is compare-and-swap on the group's statement row, so of two clicks one wins; the spike
/// detector sends the approved statement to the waiting cases and repaints the card.
/// </summary>
internal sealed partial class StatementHandlers(CrisisStore crises, TeamRoles roles, ToneCheck tone, TimeProvider time, ILogger<StatementHandlers> log)
{
    public Task<InvokeResponseBody> SaveAsync(CardAction action, CancellationToken cancellationToken) =>
        StepAsync(action, "StatementDrafted", async (crisisId, current, actor, now) =>
        {
            var text = Text(action.Data, CrisisVerbs.StatementText, 20_000) ?? string.Empty;
            var limit = StatementProgress.Of(null, await crises.ListMembersAsync(crisisId, cancellationToken).ConfigureAwait(false)).LengthLimit;
            var network = Enum.GetValues<Network>().First(n => NetworkProfile.For(n).ReplyLengthLimit == limit);
            var language = CardLanguages.FromLocale(action.Activity.Locale).ToString().ToLowerInvariant();
            var report = tone.Check(new ToneRequest(text, network, language, IsPublic: true, IsComplaint: true, IsSensitive: false));
            return StatementRules.Draft(crisisId, current, actor, text, report.CanSend, now);
        }, cancellationToken);

    public Task<InvokeResponseBody> SubmitAsync(CardAction action, CancellationToken cancellationToken) =>
        StepAsync(action, "StatementSubmitted", (_, current, actor, now) => Task.FromResult(StatementRules.Submit(current, actor, now)), cancellationToken);

    public Task<InvokeResponseBody> ApproveAsync(CardAction action, CancellationToken cancellationToken) =>
        StepAsync(action, "StatementApproved", (_, current, actor, now) => Task.FromResult(StatementRules.Approve(current, actor, now)), cancellationToken);

    private async Task<InvokeResponseBody> StepAsync(
        CardAction action, string auditEvent, Func<string, CrisisStatement?, Actor, DateTimeOffset, Task<StatementStep>> step, CancellationToken cancellationToken)
    {
        var texts = CardTexts.For(CardLanguages.FromLocale(action.Activity.Locale));
        if (roles.ActorOf(action.Activity.From) is not { } actor || Text(action.Data, CrisisVerbs.CrisisId, 200) is not { } crisisId
            || action.Data is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty(CrisisVerbs.Revision, out var seen) || !seen.TryGetInt32(out var revision))
        {
            return InvokeResponseBody.Error(StatusCodes.Status400BadRequest, "BadRequest", $"A statement step needs a Teams user, '{CrisisVerbs.CrisisId}' and '{CrisisVerbs.Revision}'.");
        }

        var stored = await crises.GetStatementAsync(crisisId, cancellationToken).ConfigureAwait(false);
        if ((stored?.Statement.Revision ?? 0) != revision)
        {
            return Refused(texts, crisisId, RefusalCode.StaleCard);
        }

        var next = await step(crisisId, stored?.Statement, actor, time.GetUtcNow()).ConfigureAwait(false);
        if (next.Refused is { } code)
        {
            return Refused(texts, crisisId, code);
        }

        if (!await crises.TrySaveStatementAsync(next.Next!, stored, auditEvent, cancellationToken).ConfigureAwait(false))
        {
            return Refused(texts, crisisId, RefusalCode.StaleCard);
        }

        LogStep(crisisId, auditEvent, next.Next!.Revision);
        return InvokeResponseBody.Message(texts[next.Next.Stage switch
        {
            StatementStage.Drafted => CrisisCardText.StatementSaved,
            StatementStage.AwaitingApproval => CrisisCardText.StatementSubmitted,
            _ => CrisisCardText.StatementWillBeSent,
        }]);
    }

    private InvokeResponseBody Refused(CardTexts texts, string crisisId, RefusalCode code)
    {
        LogRefused(crisisId, code);
        return InvokeResponseBody.Message(CaseCard.RefusalText(texts, new Refusal(code)));
    }

    private static string? Text(JsonElement? data, string name, int max) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && s.Length <= max ? s : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis {CrisisId}: {Event}, statement revision {Revision}")]
    private partial void LogStep(string crisisId, string @event, int revision);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis {CrisisId}: statement step refused ({Code})")]
    private partial void LogRefused(string crisisId, RefusalCode code);
}
