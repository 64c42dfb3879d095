using System.Collections.Frozen;
using SomeTeams.Core.Mentions;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Demo;

/// <summary>The demo page's words in fi, sv and en (chosen from the browser's Accept-Language).</summary>
internal sealed record DemoPageText(
    string Lang,
    string Title,
    string Intro,
    string Recent,
    string Original,
    string Imitates,
    string Private,
    string WhatWeDid,
    string Nothing,
    string Case,
    string Unknown,
    string OpenItem,
    FrozenDictionary<SocialActionKind, string> Did)
{
    public static DemoPageText For(CardLanguage language) => language switch
    {
        CardLanguage.Fi => new("fi", "Demolähde", "Mitä tiimi teki demolähteen viesteille. Mitään tästä ei julkaistu missään.", "Viimeisimmät toimet",
            "Alkuperäinen viesti", "jäljittelee palvelua {0}", "yksityisviesti", "Mitä teimme", "Ei vielä mitään.", "tapaus {0}",
            "Tätä demoviestiä ei ole demovirrassa.", "Avaa viesti", Kinds("vastasi julkisesti", "vastasi yksityisesti", "piilotti viestin", "palautti viestin näkyviin", "poisti viestin", "esti kirjoittajan", "tykkäsi viestistä")),
        CardLanguage.Sv => new("sv", "Demokälla", "Vad teamet gjorde med demokällans inlägg. Inget här publicerades någonstans.", "Senaste åtgärderna",
            "Ursprungligt inlägg", "imiterar {0}", "privat meddelande", "Vad vi gjorde", "Inget ännu.", "ärende {0}",
            "Det här demoinlägget finns inte i demoflödet.", "Öppna inlägget", Kinds("svarade offentligt", "svarade privat", "dolde inlägget", "visade inlägget igen", "raderade inlägget", "blockerade skribenten", "gillade inlägget")),
        _ => new("en", "Demo source", "What the team did to the demo source's items. Nothing here was published anywhere.", "Latest actions",
            "Original item", "imitates {0}", "private message", "What we did", "Nothing yet.", "case {0}",
            "This demo item is not in the demo stream.", "Open item", Kinds("replied publicly", "replied privately", "hid the item", "showed the item again", "deleted the item", "blocked the author", "liked the item")),
    };

    private static FrozenDictionary<SocialActionKind, string> Kinds(params string[] words) =>
        Enum.GetValues<SocialActionKind>().Zip(words).ToFrozenDictionary(p => p.First, p => p.Second);
}
