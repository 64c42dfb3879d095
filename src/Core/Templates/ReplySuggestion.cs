using SomeTeams.Core.Tone;

namespace SomeTeams.Core.Templates;

public enum SuggestionSource
{
    Template,
    Assistant,
}

/// <summary>A suggested reply: a draft a person edits and sends, never sent on its own. Tone-checked like any draft.</summary>
public sealed record ReplySuggestion(string Text, SuggestionSource Source, string? TemplateId, ToneReport Tone);
