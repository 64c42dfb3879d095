using Microsoft.Extensions.Options;
using SomeTeams.Connectors.Ai;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Templates;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Suggested replies for the claimer's editor (issue #6): the brand's templates that fit the case,
/// or, when the <c>Ai</c> section names an endpoint, the assistant's draft first. Asked within
/// <see cref="WorkflowOptions.SuggestWithin"/>, because the click must be answered in a few seconds:
/// an assistant that takes longer is left and the templates answer. A suggestion only ever goes
/// into the editor; saving, approval and sending stay the claimer's and the approver's.
/// </summary>
internal sealed partial class ReplySuggestions(
    IServiceProvider services,
    TemplateSuggester templates,
    TemplateCatalog catalog,
    DraftReview review,
    IOptions<WorkflowOptions> options,
    TimeProvider time,
    ILogger<ReplySuggestions> log)
{
    // AddReplySuggestions registers the endpoint's options only when one is configured.
    private readonly bool assistant = services.GetService<ChatCompletionsOptions>() is not null;

    /// <summary>Whether asking can bring anything: an assistant is configured, or a template fits.</summary>
    public bool CanSuggest(Case c) => assistant || catalog.For(c).Count > 0;

    /// <summary>The best suggestion for <paramref name="agent"/> to start from, with the tone check's findings on it.</summary>
    public async Task<(string? Text, CardSuggestion Suggestion)> SuggestAsync(Case c, Actor agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(agent);
        var context = Context(c, agent);
        var found = await AskAsync(c, context, cancellationToken).ConfigureAwait(false);
        if (found.FirstOrDefault(s => s.Text.Length > 0) is not { } first)
        {
            LogSuggested(c.Id.Value, SuggestionOrigin.Nothing);
            return (null, new CardSuggestion(SuggestionOrigin.Nothing, []));
        }

        var origin = first.Source == SuggestionSource.Assistant ? SuggestionOrigin.Assistant : SuggestionOrigin.Templates;
        LogSuggested(c.Id.Value, origin);
        return (first.Text, new CardSuggestion(origin, review.Findings(c, first.Text)));
    }

    private async Task<IReadOnlyList<ReplySuggestion>> AskAsync(Case c, SuggestionContext context, CancellationToken cancellationToken)
    {
        // The assistant and its HTTP client are transient: a scope per click lets them go.
        using var scope = services.CreateScope();
        var suggester = scope.ServiceProvider.GetRequiredService<IReplySuggester>();
        using var wait = new CancellationTokenSource(options.Value.SuggestWithin, time);
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
        try
        {
            return await suggester.SuggestAsync(context, within.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogTooSlow(c.Id.Value, options.Value.SuggestWithin.TotalSeconds);
            return templates.Suggest(context);
        }
    }

    private SuggestionContext Context(Case c, Actor agent)
    {
        var author = string.IsNullOrWhiteSpace(c.Mention.Author.DisplayName) ? c.Mention.Author.Handle : c.Mention.Author.DisplayName;
        return new SuggestionContext(
            options.Value.Brand,
            c.Mention.Network,
            c.Triage,
            new TemplateValues(author, agent.Name, c.Id.Value),
            Thread(c),
            IsPublic: !c.Mention.IsPrivate,
            ToneOfVoice: options.Value.ToneOfVoice);
    }

    /// <summary>The conversation so far, oldest first: the mention, the customer's follow-ups and our earlier reply.</summary>
    private static List<ThreadTurn> Thread(Case c)
    {
        var turns = new List<(DateTimeOffset At, ThreadTurn Turn)> { (c.Mention.CreatedAt, new ThreadTurn(false, c.Mention.Text)) };
        turns.AddRange(c.FollowUps.Select(f => (f.WrittenAt, new ThreadTurn(false, f.Text))));
        if (c.Reply is { } reply)
        {
            turns.Add((reply.SentAt, new ThreadTurn(true, reply.Text)));
        }

        return [.. turns.OrderBy(t => t.At).Select(t => t.Turn)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: reply suggested from {Origin}")]
    private partial void LogSuggested(string caseId, SuggestionOrigin origin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: the assistant did not answer within {Seconds} s; templates suggested instead")]
    private partial void LogTooSlow(string caseId, double seconds);
}
