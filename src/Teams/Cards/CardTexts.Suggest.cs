using S = SomeTeams.Teams.Cards.SuggestionCardText;

namespace SomeTeams.Teams.Cards;

/// <summary>The suggested-reply texts of the claimer's editor, merged into each language's table.</summary>
public sealed partial class CardTexts
{
    private static Dictionary<string, string> SuggestTexts(CardLanguage language) => language switch
    {
        CardLanguage.Fi => new()
        {
            [S.ActionSuggest] = "Ehdota vastausta",
            [S.FromTemplates] = "Ehdotus tallennetuista vastauspohjista. Muokkaa se omaksesi: mitään ei tallenneta eikä lähetetä ennen kuin teet sen itse.",
            [S.FromAssistant] = "Avustajan ehdotus. Tarkista tiedot ja muokkaa se omaksesi: mitään ei tallenneta eikä lähetetä ennen kuin teet sen itse.",
            [S.Nothing] = "Tähän tapaukseen ei löytynyt ehdotusta. Kirjoita oma vastauksesi.",
            [S.ToneCheck] = "Ehdotuksen sävytarkistus",
            [S.ToneClean] = "Ehdotuksessa ei ole huomautettavaa.",
        },
        CardLanguage.Sv => new()
        {
            [S.ActionSuggest] = "Föreslå ett svar",
            [S.FromTemplates] = "Förslag ur de sparade svarsmallarna. Gör det till ditt eget: inget sparas eller skickas förrän du gör det själv.",
            [S.FromAssistant] = "Assistentens förslag. Kontrollera uppgifterna och gör det till ditt eget: inget sparas eller skickas förrän du gör det själv.",
            [S.Nothing] = "Inget förslag passar det här ärendet. Skriv ditt eget svar.",
            [S.ToneCheck] = "Tonkontroll av förslaget",
            [S.ToneClean] = "Inga anmärkningar på förslaget.",
        },
        _ => new()
        {
            [S.ActionSuggest] = "Suggest a reply",
            [S.FromTemplates] = "Suggested from the saved replies. Make it your own: nothing is saved or sent until you do it yourself.",
            [S.FromAssistant] = "Suggested by the assistant. Check the facts and make it your own: nothing is saved or sent until you do it yourself.",
            [S.Nothing] = "No suggestion fits this case. Write your own reply.",
            [S.ToneCheck] = "Tone check of the suggestion",
            [S.ToneClean] = "No remarks on the suggestion.",
        },
    };
}
