using SomeTeams.Core.Tone;

namespace SomeTeams.Core.Templates;

/// <summary>Suggests the brand's saved replies that fit the case's topic, language and network, filled in and tone-checked.</summary>
public sealed class TemplateSuggester(TemplateLibrary library, ToneCheck toneCheck) : IReplySuggester
{
    private const int MaxSuggestions = 3;

    public IReadOnlyList<ReplySuggestion> Suggest(SuggestionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. library.For(context.Brand, context.Triage.Language, context.Network, context.Triage.Topic)
            .Take(MaxSuggestions)
            .Select(t => Suggestion(t, context))];
    }

    public Task<IReadOnlyList<ReplySuggestion>> SuggestAsync(SuggestionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Suggest(context));

    /// <summary>Renders and tone-checks one template chosen on the card.</summary>
    public ReplySuggestion Suggestion(ReplyTemplate template, SuggestionContext context)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Values.Render(template.Text);
        var tone = toneCheck.Check(ToneRequestFor(text, context));
        return new ReplySuggestion(text, SuggestionSource.Template, template.Id, tone);
    }

    public static ToneRequest ToneRequestFor(string text, SuggestionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ToneRequest(text, context.Network, context.Triage.Language, context.IsPublic, context.IsComplaint, context.Triage.Sensitive);
    }
}
