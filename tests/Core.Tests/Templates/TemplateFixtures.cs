using SomeTeams.Core.Mentions;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Templates;

internal static class TemplateFixtures
{
    public const string Json = """
        {
          "templates": [
            { "id": "fi-outage-x", "brand": "nordlink", "language": "fi", "network": "x", "topics": ["outage"], "name": "Häiriö (X)",
              "text": "Hei {author}, pahoittelut häiriöstä! Vika on tiedossa ja korjaus on käynnissä. Kerromme tässä ketjussa, kun yhteys palaa. Tapaus {case} /{agent}" },
            { "id": "fi-outage", "brand": "nordlink", "language": "fi", "topics": ["outage"], "name": "Häiriö",
              "text": "Hei {author}, pahoittelut häiriöstä. Korjaamme vikaa parhaillaan ja päivitämme tilannetta verkkosivuillemme. Terveisin {agent}" },
            { "id": "fi-any", "brand": "nordlink", "language": "fi", "name": "Yleinen",
              "text": "Hei {author}, kiitos viestistäsi, vastaamme mahdollisimman pian." },
            { "id": "sv-outage", "brand": "nordlink", "language": "sv", "topics": ["outage"], "name": "Störning",
              "text": "Hej {author}, förlåt för störningen. Vi reparerar felet och uppdaterar här. Hälsningar {agent}" },
            { "id": "bank-fi-outage", "brand": "kaistapankki", "language": "fi", "topics": ["outage"], "name": "Häiriö",
              "text": "Hei {author}, pahoittelut. Maksupalvelu toimii taas klo 14 alkaen. {agent}" }
          ]
        }
        """;

    public static TemplateLibrary Library => TemplateLibrary.Parse(Json);

    public static SuggestionContext Context(string language, Topic topic, Network network = Network.X, Sentiment sentiment = Sentiment.Negative) =>
        new("nordlink", network, new TriageResult(language, sentiment, topic, [topic], [], false, Priority.Normal),
            new TemplateValues("@maija", "Jenni", "C-1042"), [new ThreadTurn(false, "Netti ei toimi taas!")]);
}
