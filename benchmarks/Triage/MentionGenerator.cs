using SomeTeams.Core.Mentions;

namespace SomeTeams.Benchmarks.Triage;

/// <summary>Varied, realistic mentions in fi/sv/en from a fixed seed: the same 10,000 texts on every run.</summary>
internal static class MentionGenerator
{
    private static readonly string[][] Openers =
    [
        ["@Nordlink", "@Kaistapankki", "Hei @Rautaraide", "Moi,", "Onko muillakin", "Taas", ""],
        ["@Nordlink", "Hej @Kaistapankki", "Hallå,", "Varför", ""],
        ["@Nordlink", "Hey @Kaistapankki", "Hi,", "Seriously @Rautaraide", ""],
    ];

    private static readonly string[][] Bodies =
    [
        [
            "netti pätkii taas koko illan, kolmas kerta tällä viikolla", "verkkopankkiin ei pääse kirjautumaan, sovellus kaatuu",
            "laskussani on veloitettu 49,90 € palvelusta jota en ole tilannut", "haluan irtisanoa liittymäni, miten se onnistuu",
            "jonotin asiakaspalveluun tunnin ja puhelu katkesi", "paketti ei ole vieläkään tullut vaikka tilasin viikko sitten",
            "kiitos nopeasta avusta, asia ratkesi heti", "onko 5G-verkko jo saatavilla Kuopiossa", "olette täysiä idiootteja",
            "juna on taas myöhässä eikä mitään tiedotusta", "tosi hyvä tarjous, otin heti", "vien asian kuluttajariitalautakuntaan",
        ],
        [
            "internet fungerar inte sedan i morse", "jag kan inte logga in i mobilbanken", "varför har jag fått en faktura på 89 euro",
            "hur säger jag upp mitt abonnemang", "jag väntade i telefonkö i en timme", "tack för snabb hjälp, ni är bäst",
            "har ni öppet på juldagen i Helsingfors", "tåget till Åbo är inställt igen",
        ],
        [
            "my internet has been down since 6am, any ETA on the fix", "I can't log in to the app after the update",
            "you charged me a 15 euro fee twice this month, please refund", "how do I cancel my subscription",
            "been on hold for 50 minutes now", "huge thanks to the support team, fixed in five minutes",
            "do you ship to the Åland Islands", "my order was supposed to arrive Monday, where is it",
            "you are a bunch of scammers", "I will be contacting my lawyer and the press",
        ],
    ];

    private static readonly string[] Personal =
    [
        "kortti 4111 1111 1111 1111", "tili FI21 1234 5600 0007 85", "hetu 131052-308T", "soita 040 123 4567", "call +358 50 987 6543",
        "mail matti.virtanen@example.com", "card 5555 5555 5555 4444",
    ];

    private static readonly string[] Endings = ["", "!", "?", "!!!", " 😤", " ❤️", " 👍", ". Mitä ihmettä?", ". Thanks.", " #fail"];

    private static readonly Network[] Networks = [Network.X, Network.Facebook, Network.Instagram, Network.Mastodon, Network.Bluesky, Network.YouTube];

    public static IReadOnlyList<(string Text, Network Network)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var mentions = new List<(string, Network)>(count);
        for (var i = 0; i < count; i++)
        {
            var language = random.Next(10) switch { < 6 => 0, < 8 => 1, _ => 2 };
            var parts = new List<string> { Pick(random, Openers[language]), Pick(random, Bodies[language]) };
            if (random.Next(3) == 0)
            {
                parts.Add(Pick(random, Bodies[language]));
            }

            if (random.Next(8) == 0)
            {
                parts.Add(Pick(random, Personal));
            }

            var text = string.Join(' ', parts.Where(p => p.Length > 0)) + Pick(random, Endings);
            mentions.Add((Typo(random, text), Pick(random, Networks)));
        }

        return mentions;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    // Social text has typos and odd casing; one in four mentions gets one.
    private static string Typo(Random random, string text) => random.Next(4) switch
    {
        0 when text.Length > 10 => text.Remove(random.Next(text.Length / 2, text.Length - 1), 1),
        1 => text.ToUpperInvariant(),
        _ => text,
    };
}
