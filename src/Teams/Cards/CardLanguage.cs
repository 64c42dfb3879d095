namespace SomeTeams.Teams.Cards;

/// <summary>The languages cards are written in. Everything else falls back to English.</summary>
public enum CardLanguage
{
    En,
    Fi,
    Sv,
}

public static class CardLanguages
{
    /// <summary>"fi-FI", "fi" → Finnish; "sv-FI", "sv-SE" → Swedish; anything else (or nothing) → English.</summary>
    public static CardLanguage FromLocale(string? locale)
    {
        var language = locale?.Split('-', '_')[0].Trim();
        return language?.ToUpperInvariant() switch
        {
            "FI" => CardLanguage.Fi,
            "SV" => CardLanguage.Sv,
            _ => CardLanguage.En,
        };
    }
}
