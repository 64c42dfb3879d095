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
            [C.Statement] = "Yhteinen vastaus ryhmälle", [C.StatementHint] = "Lähtee vastauksena jokaiselle ryhmässä odottavalle (enintään {0} merkkiä).",
            [C.StatementDrafted] = "Vastausluonnoksen kirjoitti {0}.", [C.StatementAwaiting] = "Vastaus odottaa hyväksyntää (kirjoitti {0}).",
            [C.StatementApproved] = "Vastauksen kirjoitti {0}, hyväksyi {1}; lähetetty {2}/{3} tapaukseen.",
            [C.StatementSave] = "Tallenna vastaus", [C.StatementSubmit] = "Lähetä hyväksyttäväksi", [C.StatementApprove] = "Hyväksy ja lähetä kaikille",
            [C.StatementTooLong] = "Vastaus on liian pitkä tai ei kelpaa lähetettäväksi.",
            [C.StatementSaved] = "Vastaus tallennettu; kortti päivittyy hetken päästä.", [C.StatementSubmitted] = "Vastaus odottaa nyt toisen hyväksyjän hyväksyntää.",
            [C.StatementWillBeSent] = "Hyväksytty: vastaus lähtee ryhmän odottaville tapauksille erissä.",
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
            [C.Statement] = "Gemensamt svar till gruppen", [C.StatementHint] = "Skickas som svar till varje ärende som väntar i gruppen (högst {0} tecken).",
            [C.StatementDrafted] = "Utkastet till svar skrevs av {0}.", [C.StatementAwaiting] = "Svaret väntar på godkännande (skrivet av {0}).",
            [C.StatementApproved] = "Svaret skrevs av {0}, godkändes av {1}; skickat till {2} av {3} ärenden.",
            [C.StatementSave] = "Spara svaret", [C.StatementSubmit] = "Skicka för godkännande", [C.StatementApprove] = "Godkänn och skicka till alla",
            [C.StatementTooLong] = "Svaret är för långt eller kan inte skickas.",
            [C.StatementSaved] = "Svaret sparat; kortet uppdateras strax.", [C.StatementSubmitted] = "Svaret väntar nu på att en annan godkännare godkänner det.",
            [C.StatementWillBeSent] = "Godkänt: svaret skickas i omgångar till ärendena som väntar i gruppen.",
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
            [C.Statement] = "One answer for the group", [C.StatementHint] = "Goes out as the reply to every case waiting in the group (at most {0} characters).",
            [C.StatementDrafted] = "Statement drafted by {0}.", [C.StatementAwaiting] = "Statement by {0} is awaiting approval.",
            [C.StatementApproved] = "Statement by {0}, approved by {1}; sent to {2} of {3} cases.",
            [C.StatementSave] = "Save statement", [C.StatementSubmit] = "Submit for approval", [C.StatementApprove] = "Approve and send to all",
            [C.StatementTooLong] = "The statement is too long or cannot be sent.",
            [C.StatementSaved] = "Statement saved; the card updates shortly.", [C.StatementSubmitted] = "The statement now awaits another approver.",
            [C.StatementWillBeSent] = "Approved: the statement goes out in batches to the cases waiting in the group.",
            [C.ClaimedOut] = "The case is yours now and gets its own card in the channel.", [C.NoSuchCrisis] = "This crisis is no longer there; the card will be updated shortly.",
        },
    };
}
