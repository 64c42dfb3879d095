using C = SomeTeams.Teams.Cards.Crisis.CrisisCardText;

namespace SomeTeams.Teams.Cards;

/// <summary>The crisis card and grouped card texts, merged into each language's table.</summary>
public sealed partial class CardTexts
{
    private static Dictionary<string, string> CrisisTexts(CardLanguage language) => language switch
    {
        CardLanguage.Fi => new()
        {
            [C.Title] = "Kriisi: {0}", [C.TopicCluster] = "aihe {0}", [C.AccountCluster] = "tili {0}", [C.TimeFormat] = "d.M. 'klo' H.mm",
            [C.Since] = "Alkoi", [C.Speed] = "Tahti", [C.SpeedValue] = "{0}/min (tavallisesti {1}/min)", [C.CountAtRaise] = "Mainintoja hälytyshetkellä",
            [C.Grouping] = "Kriisitila päällä: uudet maininnat kootaan kanavassa yhteen korttiin.", [C.Samples] = "Esimerkkejä",
            [C.End] = "Lopeta kriisitila", [C.Ended] = "Kriisitilan lopetti {0} {1}. Uudet maininnat saavat taas omat korttinsa.",
            [C.GroupTitle] = "Koottu kriisin ajalta: {0}", [C.GroupCounts] = "{0} mainintaa · {1} ryhmässä · {2} otettu omiksi korteiksi",
            [C.GroupActive] = "Kriisitila päällä {0} alkaen.", [C.GroupEnded] = "Kriisitila päättyi {0}; uudet maininnat saavat omat korttinsa.",
            [C.Latest] = "Uusimmat ryhmässä", [C.ClaimOut] = "Ota omaksi kortiksi", [C.NotManager] = "Vain esihenkilö voi lopettaa kriisitilan.",
            [C.ClaimedOut] = "Tapaus on nyt sinun, ja se saa kanavaan oman korttinsa.", [C.NoSuchCrisis] = "Tätä kriisiä ei enää ole; kortti päivittyy pian.",
        },
        CardLanguage.Sv => new()
        {
            [C.Title] = "Kris: {0}", [C.TopicCluster] = "ämnet {0}", [C.AccountCluster] = "kontot {0}", [C.TimeFormat] = "d.M. 'kl.' H.mm",
            [C.Since] = "Började", [C.Speed] = "Takt", [C.SpeedValue] = "{0}/min (normalt {1}/min)", [C.CountAtRaise] = "Omnämnanden vid larmet",
            [C.Grouping] = "Krisläge på: nya omnämnanden samlas i ett kort i kanalen.", [C.Samples] = "Exempel",
            [C.End] = "Avsluta krisläget", [C.Ended] = "Krisläget avslutades av {0} {1}. Nya omnämnanden får egna kort igen.",
            [C.GroupTitle] = "Samlat under krisen: {0}", [C.GroupCounts] = "{0} omnämnanden · {1} i gruppen · {2} utbrutna till egna kort",
            [C.GroupActive] = "Krisläge på sedan {0}.", [C.GroupEnded] = "Krisläget avslutades {0}; nya omnämnanden får egna kort.",
            [C.Latest] = "Senaste i gruppen", [C.ClaimOut] = "Ta till eget kort", [C.NotManager] = "Endast en chef kan avsluta krisläget.",
            [C.ClaimedOut] = "Ärendet är nu ditt och får ett eget kort i kanalen.", [C.NoSuchCrisis] = "Den här krisen finns inte längre; kortet uppdateras snart.",
        },
        _ => new()
        {
            [C.Title] = "Crisis: {0}", [C.TopicCluster] = "topic {0}", [C.AccountCluster] = "account {0}", [C.TimeFormat] = "d MMM HH:mm",
            [C.Since] = "Since", [C.Speed] = "Rate", [C.SpeedValue] = "{0}/min (usually {1}/min)", [C.CountAtRaise] = "Mentions when raised",
            [C.Grouping] = "Crisis mode is on: new mentions are grouped into one card in the channel.", [C.Samples] = "Samples",
            [C.End] = "End crisis mode", [C.Ended] = "Crisis mode ended by {0} on {1}. New mentions get their own cards again.",
            [C.GroupTitle] = "Grouped during the crisis: {0}", [C.GroupCounts] = "{0} mentions · {1} in the group · {2} claimed out to their own cards",
            [C.GroupActive] = "Crisis mode on since {0}.", [C.GroupEnded] = "Crisis mode ended on {0}; new mentions get their own cards.",
            [C.Latest] = "Latest in the group", [C.ClaimOut] = "Claim to its own card", [C.NotManager] = "Only a manager can end crisis mode.",
            [C.ClaimedOut] = "The case is yours now and gets its own card in the channel.", [C.NoSuchCrisis] = "This crisis is no longer there; the card will be updated shortly.",
        },
    };
}
