using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Tone;

namespace SomeTeams.Connectors.Ai;

/// <summary>
/// Suggests a reply through a chat model, then the fitting templates. The assistant's draft is
/// tone-checked like any other and is only ever a suggestion. When the model fails or times out,
/// the templates are still there: a suggestion is a help, never a reason for the card to fail.
/// </summary>
public sealed partial class AssistantReplySuggester(IChatClient chat, TemplateSuggester templates, ToneCheck toneCheck, ILogger<AssistantReplySuggester> logger) : IReplySuggester
{
    public async Task<IReadOnlyList<ReplySuggestion>> SuggestAsync(SuggestionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fromTemplates = templates.Suggest(context);
        string answer;
        try
        {
            var response = await chat.GetResponseAsync(AssistantPrompt.Messages(context), AssistantPrompt.Options(context), cancellationToken).ConfigureAwait(false);
            answer = AssistantPrompt.Finish(response.Text, context);
        }
        catch (HttpRequestException e)
        {
            AssistantFailed(logger, (int?)e.StatusCode ?? 0);
            return fromTemplates;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            AssistantTimedOut(logger);
            return fromTemplates;
        }

        if (answer.Length == 0)
        {
            return fromTemplates;
        }

        var tone = toneCheck.Check(TemplateSuggester.ToneRequestFor(answer, context));
        return [new ReplySuggestion(answer, SuggestionSource.Assistant, null, tone), .. fromTemplates];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply assistant failed with status {StatusCode}; suggesting templates only")]
    private static partial void AssistantFailed(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply assistant timed out; suggesting templates only")]
    private static partial void AssistantTimedOut(ILogger logger);
}
