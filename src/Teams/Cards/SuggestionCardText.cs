namespace SomeTeams.Teams.Cards;

/// <summary>Keys of the texts around a suggested reply (tables in CardTexts.Suggest.cs).</summary>
public static class SuggestionCardText
{
    public const string ActionSuggest = "Suggest." + nameof(ActionSuggest);
    public const string FromTemplates = "Suggest." + nameof(FromTemplates);
    public const string FromAssistant = "Suggest." + nameof(FromAssistant);
    public const string Nothing = "Suggest." + nameof(Nothing);
    public const string ToneCheck = "Suggest." + nameof(ToneCheck);
    public const string ToneClean = "Suggest." + nameof(ToneClean);
}
