namespace SomeTeams.Teams.Cards;

/// <summary>The account health card's texts, merged into each language's table.</summary>
public sealed partial class CardTexts
{
    private static Dictionary<string, string> HealthTexts(CardLanguage language) => language switch
    {
        CardLanguage.Fi => new()
        {
            [HealthCardText.TitleRaised] = "{0}-tili vaatii huomiota: {1}",
            [HealthCardText.TitleRecovered] = "{0}-tili toimii taas: {1}",
            [HealthCardText.Network] = "Verkosto", [HealthCardText.Account] = "Tili", [HealthCardText.ProblemLabel] = "Ongelma",
            [HealthCardText.Since] = "Alkaen", [HealthCardText.Until] = "Päättyi", [HealthCardText.LastFetch] = "Viimeisin onnistunut haku",
            [HealthCardText.Never] = "ei koskaan", [HealthCardText.QuotaResets] = "Kiintiö palautuu", [HealthCardText.WhatToDo] = "Mitä tehdä",
            [HealthCardText.RecoveredHelp] = "Haku toimii taas. Katkon aikana tulleet viestit haetaan nyt, mitään ei menetetty.",
            ["HealthProblem.AuthExpired"] = "Kirjautuminen on vanhentunut tai peruttu",
            ["HealthProblem.AuthExpired.Fix"] = "Yhdistä tili uudelleen: kirjaudu brändin tilillä ja tallenna uudet tunnukset Key Vaultiin. Siihen asti tältä tililtä ei tule uusia viestejä.",
            ["HealthProblem.QuotaExhausted"] = "Päivän API-kiintiö on käytetty",
            ["HealthProblem.QuotaExhausted.Fix"] = "Haku jatkuu itsestään, kun kiintiö palautuu. Jos tämä toistuu päivittäin, pyydä suurempi kiintiö tai harvenna hakuja.",
            ["HealthProblem.FetchRefused"] = "Verkosto kieltäytyy antamasta tilin viestejä",
            ["HealthProblem.FetchRefused.Fix"] = "Tarkista tilin asetukset (sivun tai käyttäjän tunnus) ja että sovelluksella on yhä tarvittavat oikeudet verkostossa.",
            ["HealthProblem.WebhookSilent"] = "Webhook-ilmoitukset ovat lakanneet tulemasta",
            ["HealthProblem.WebhookSilent.Fix"] = "Uusi webhook-tilaus verkoston kehittäjäasetuksista. Haku toimii sillä välin, mutta viiveellä.",
            ["HealthProblem.Unreachable"] = "Verkostoon ei saada yhteyttä",
            ["HealthProblem.Unreachable.Fix"] = "Yleensä verkoston oma häiriö: katso sen tilasivu. Haku jatkuu itsestään, ja viestit haetaan, kun yhteys palaa.",
        },
        CardLanguage.Sv => new()
        {
            [HealthCardText.TitleRaised] = "{0}-kontot behöver åtgärdas: {1}",
            [HealthCardText.TitleRecovered] = "{0}-kontot fungerar igen: {1}",
            [HealthCardText.Network] = "Nätverk", [HealthCardText.Account] = "Konto", [HealthCardText.ProblemLabel] = "Problem",
            [HealthCardText.Since] = "Sedan", [HealthCardText.Until] = "Upphörde", [HealthCardText.LastFetch] = "Senaste lyckade hämtning",
            [HealthCardText.Never] = "aldrig", [HealthCardText.QuotaResets] = "Kvoten återställs", [HealthCardText.WhatToDo] = "Vad ska göras",
            [HealthCardText.RecoveredHelp] = "Hämtningen fungerar igen. Det som kom under avbrottet hämtas nu, inget gick förlorat.",
            ["HealthProblem.AuthExpired"] = "Inloggningen har gått ut eller återkallats",
            ["HealthProblem.AuthExpired.Fix"] = "Anslut kontot på nytt: logga in med varumärkets konto och spara de nya uppgifterna i Key Vault. Tills dess kommer inga nya omnämnanden från kontot.",
            ["HealthProblem.QuotaExhausted"] = "Dagens API-kvot är förbrukad",
            ["HealthProblem.QuotaExhausted.Fix"] = "Hämtningen fortsätter av sig själv när kvoten återställs. Händer det dagligen, be om en större kvot eller hämta mer sällan.",
            ["HealthProblem.FetchRefused"] = "Nätverket vägrar lämna ut kontots inlägg",
            ["HealthProblem.FetchRefused.Fix"] = "Kontrollera kontots inställningar (sid- eller användar-id) och att appen fortfarande har de behörigheter den behöver i nätverket.",
            ["HealthProblem.WebhookSilent"] = "Webhook-leveranserna har upphört",
            ["HealthProblem.WebhookSilent.Fix"] = "Förnya webhook-prenumerationen i nätverkets utvecklarinställningar. Hämtningen fortsätter under tiden, men med fördröjning.",
            ["HealthProblem.Unreachable"] = "Nätverket går inte att nå",
            ["HealthProblem.Unreachable.Fix"] = "Oftast ett avbrott hos nätverket: se dess statussida. Hämtningen fortsätter av sig själv och inläggen hämtas när det är tillbaka.",
        },
        _ => new()
        {
            [HealthCardText.TitleRaised] = "{0} account needs attention: {1}",
            [HealthCardText.TitleRecovered] = "{0} account works again: {1}",
            [HealthCardText.Network] = "Network", [HealthCardText.Account] = "Account", [HealthCardText.ProblemLabel] = "Problem",
            [HealthCardText.Since] = "Since", [HealthCardText.Until] = "Ended", [HealthCardText.LastFetch] = "Last successful fetch",
            [HealthCardText.Never] = "never", [HealthCardText.QuotaResets] = "Quota resets", [HealthCardText.WhatToDo] = "What to do",
            [HealthCardText.RecoveredHelp] = "Fetching works again. What arrived during the break is being fetched now: nothing was lost.",
            ["HealthProblem.AuthExpired"] = "The sign-in has expired or was revoked",
            ["HealthProblem.AuthExpired.Fix"] = "Reconnect the account: sign in as the brand account and store the new tokens in Key Vault. Until then no new mentions arrive from this account.",
            ["HealthProblem.QuotaExhausted"] = "The daily API quota is used up",
            ["HealthProblem.QuotaExhausted.Fix"] = "Fetching resumes by itself when the quota resets. If this happens daily, ask for a larger quota or poll less often.",
            ["HealthProblem.FetchRefused"] = "The network refuses to hand over this account's items",
            ["HealthProblem.FetchRefused.Fix"] = "Check the account's settings (page or user id) and that the app still has the permissions it needs on the network.",
            ["HealthProblem.WebhookSilent"] = "Webhook deliveries have stopped",
            ["HealthProblem.WebhookSilent.Fix"] = "Renew the webhook subscription in the network's developer settings. Polling keeps fetching meanwhile, with a delay.",
            ["HealthProblem.Unreachable"] = "The network cannot be reached",
            ["HealthProblem.Unreachable.Fix"] = "Usually the network's own outage: check its status page. Fetching resumes by itself and items are fetched when it is back.",
        },
    };
}
