using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>One click, understood: who, on which case (as stored now), with what data.</summary>
internal sealed record ActionRequest(CardAction Action, Actor Actor, ActionData Data, Case Current);

/// <summary>What a verb asks for.</summary>
internal abstract record ActionStep
{
    private ActionStep()
    {
    }

    /// <summary>
    /// Commands applied in order (a composite like "thank" is claim, save, send). The first
    /// carries the card's version; each later one the version its predecessor produced.
    /// </summary>
    public sealed record Apply(IReadOnlyList<CaseCommand> Commands) : ActionStep;

    /// <summary>
    /// Change nothing; draw the viewer's card, with <paramref name="EditorText"/> in the editor when
    /// given (a template, a suggestion), <paramref name="Suggestion"/> saying where a suggestion came
    /// from, and <paramref name="Refusal"/> on top when the click was not the viewer's to make.
    /// </summary>
    public sealed record Show(string? EditorText = null, CardSuggestion? Suggestion = null, Refusal? Refusal = null) : ActionStep;

    /// <summary>A step that needs I/O first (asking for a suggested reply); it ends in another step.</summary>
    public sealed record Later(Func<CancellationToken, Task<ActionStep>> Run) : ActionStep;

    /// <summary>The data does not make a command: answered with 400 and this message.</summary>
    public sealed record Invalid(string Problem) : ActionStep;

    public static ActionStep Of(params CaseCommand[] commands) => new Apply(commands);
}

/// <summary>Turns a verb's request into a step; one per verb.</summary>
internal delegate ActionStep StepBuilder(ActionRequest request);

/// <summary>An Action.Execute verb the router dispatches to <see cref="CaseActions"/>.</summary>
internal sealed class CaseVerb(string verb, StepBuilder build, CaseActions actions) : ICardActionHandler
{
    public string Verb => verb;

    public async Task<Teams.BotFramework.Activities.InvokeResponseBody> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        using var span = Telemetry.ActionSpans.Start(verb);
        return await actions.HandleAsync(action, build, cancellationToken).ConfigureAwait(false);
    }
}
