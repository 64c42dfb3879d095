namespace SomeTeams.Core.Templates;

/// <summary>
/// Where suggested replies come from: saved templates (always there) or an assistant at the edge
/// (Connectors/Ai), chosen by configuration.
/// </summary>
public interface IReplySuggester
{
    Task<IReadOnlyList<ReplySuggestion>> SuggestAsync(SuggestionContext context, CancellationToken cancellationToken);
}
