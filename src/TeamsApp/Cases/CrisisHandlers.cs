using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Crisis;
using SomeTeams.Storage.Queues;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Crisis;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// The crisis card's and grouped card's buttons. A manager ends crisis mode (once, whoever clicks
/// twice): the answer is the ended crisis card, and the spike detector's next run repaints it for
/// everyone. Claiming a case out of the group is an ordinary Claim through the case machine (which
/// takes it out of the group); the card poster then gives it its own card.
/// </summary>
internal sealed partial class CrisisHandlers(CrisisStore crises, CaseStore cases, WorkQueues queues, TeamRoles roles, TimeProvider time, ILogger<CrisisHandlers> log)
{
    public async Task<InvokeResponseBody> EndAsync(CardAction action, CancellationToken cancellationToken)
    {
        var texts = CardTexts.For(CardLanguages.FromLocale(action.Activity.Locale));
        if (roles.ActorOf(action.Activity.From) is not { } actor)
        {
            return Bad("The activity has no 'from.aadObjectId'; only Teams users end a crisis.");
        }

        if (Text(action.Data, CrisisVerbs.CrisisId) is not { } crisisId || Text(action.Data, CrisisVerbs.Cluster) is not { } key || !TryParse(key, out var cluster))
        {
            return Bad($"'{CrisisVerbs.EndCrisis}' needs '{CrisisVerbs.CrisisId}' and '{CrisisVerbs.Cluster}' (account:… or topic:…).");
        }

        if (!actor.Is(ActorRoles.Manager))
        {
            return InvokeResponseBody.Message(texts[CrisisCardText.NotManager]);
        }

        var (outcome, stored) = await crises.EndAsync(cluster, crisisId, actor.Name, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogEnd(crisisId, outcome);
        if (outcome == EndOutcome.NotFound || stored is null)
        {
            return InvokeResponseBody.Message(texts[CrisisCardText.NoSuchCrisis]);
        }

        var card = CrisisCards.RenderCrisis(stored.Period, [], new CardContext { Locale = action.Activity.Locale, Now = time.GetUtcNow() });
        using var document = JsonDocument.Parse(CaseCard.ToJson(card));
        return InvokeResponseBody.Card(document.RootElement.Clone());
    }

    public async Task<InvokeResponseBody> ClaimOutAsync(CardAction action, CancellationToken cancellationToken)
    {
        var texts = CardTexts.For(CardLanguages.FromLocale(action.Activity.Locale));
        var (data, problem) = ActionData.Read(action.Data);
        if (roles.ActorOf(action.Activity.From) is not { } actor || data is null || Text(action.Data, CrisisVerbs.CrisisId) is not { } crisisId)
        {
            return Bad(problem ?? $"'{CrisisVerbs.ClaimFromGroup}' needs a Teams user and '{CrisisVerbs.CrisisId}'.");
        }

        var outcome = await cases.ApplyAsync(data.CaseId, new Claim(actor) { SeenVersion = data.Version }, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case null:
                return InvokeResponseBody.Message(WorkflowTexts.Get(action.Activity.Locale, WorkflowTexts.NoSuchCase));
            case Transition.Refused refused:
                LogRefused(data.CaseId.Value, refused.Reason.Code);
                return InvokeResponseBody.Message(CaseCard.RefusalText(texts, refused.Reason));
        }

        await crises.MarkClaimedOutAsync(crisisId, data.CaseId.Value, cancellationToken).ConfigureAwait(false);
        await queues.Cards.SendAsync(new CardWork(data.CaseId.Value), WorkJson.Default.CardWork, cancellationToken).ConfigureAwait(false);
        LogClaimedOut(data.CaseId.Value, crisisId);
        return InvokeResponseBody.Message(texts[CrisisCardText.ClaimedOut]);
    }

    private static string? Text(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 200 } s ? s : null;

    private static bool TryParse(string key, out Cluster cluster)
    {
        try
        {
            cluster = Cluster.Parse(key);
            return true;
        }
        catch (FormatException)
        {
            cluster = null!;
            return false;
        }
    }

    private static InvokeResponseBody Bad(string message) => InvokeResponseBody.Error(StatusCodes.Status400BadRequest, "BadRequest", message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis {CrisisId}: end requested, {Outcome}")]
    private partial void LogEnd(string crisisId, EndOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} claimed out of crisis group {CrisisId}")]
    private partial void LogClaimedOut(string caseId, string crisisId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: claim out of a group refused ({Code})")]
    private partial void LogRefused(string caseId, RefusalCode code);
}

/// <summary>One crisis verb routed to <see cref="CrisisHandlers"/>.</summary>
internal sealed class CrisisVerb(string verb, Func<CardAction, CancellationToken, Task<InvokeResponseBody>> handle) : ICardActionHandler
{
    public string Verb => verb;

    public Task<InvokeResponseBody> HandleAsync(CardAction action, CancellationToken cancellationToken) => handle(action, cancellationToken);
}
