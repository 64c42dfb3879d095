using System.Globalization;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>The bot's own short texts (personal messages, chat commands), fi/sv/en by locale.</summary>
internal static class WorkflowTexts
{
    public const string AwaitsApproval = nameof(AwaitsApproval);
    public const string Approved = nameof(Approved);
    public const string Rejected = nameof(Rejected);
    public const string Assigned = nameof(Assigned);
    public const string OpenCard = nameof(OpenCard);
    public const string QueueClaimed = nameof(QueueClaimed);
    public const string QueueApprovals = nameof(QueueApprovals);
    public const string QueueEmpty = nameof(QueueEmpty);
    public const string Help = nameof(Help);
    public const string NoSuchCase = nameof(NoSuchCase);
    public const string Thanks = nameof(Thanks);

    private static readonly Dictionary<string, string> En = new(StringComparer.Ordinal)
    {
        [AwaitsApproval] = "A reply by {0} awaits your approval: {1}",
        [Approved] = "{0} approved your reply: {1}",
        [Rejected] = "{0} sent your reply back: {1}",
        [Assigned] = "{0} handed you a case: {1}",
        [OpenCard] = "Open the card",
        [QueueClaimed] = "Cases you have ({0}):",
        [QueueApprovals] = "Replies awaiting your approval ({0}):",
        [QueueEmpty] = "Nothing waits for you right now.",
        [Help] = "I bring social media mentions to your channel as cards. Claim a case, write a reply, get it approved and send it from the card. Write **queue** to see your cases and what awaits your approval.",
        [NoSuchCase] = "This case no longer exists.",
        [Thanks] = "Thank you so much for the kind words!",
    };

    private static readonly Dictionary<string, string> Fi = new(StringComparer.Ordinal)
    {
        [AwaitsApproval] = "{0} odottaa hyväksyntääsi vastaukselle: {1}",
        [Approved] = "{0} hyväksyi vastauksesi: {1}",
        [Rejected] = "{0} palautti vastauksesi: {1}",
        [Assigned] = "{0} siirsi sinulle tapauksen: {1}",
        [OpenCard] = "Avaa kortti",
        [QueueClaimed] = "Sinulla olevat tapaukset ({0}):",
        [QueueApprovals] = "Hyväksyntääsi odottavat vastaukset ({0}):",
        [QueueEmpty] = "Mikään ei odota sinua juuri nyt.",
        [Help] = "Tuon somemaininnat kanavalle kortteina. Ota tapaus, kirjoita vastaus, pyydä hyväksyntä ja lähetä kortilta. Kirjoita **jono**, niin näet tapauksesi ja hyväksyntääsi odottavat vastaukset.",
        [NoSuchCase] = "Tätä tapausta ei enää ole.",
        [Thanks] = "Kiitos paljon ystävällisistä sanoista!",
    };

    private static readonly Dictionary<string, string> Sv = new(StringComparer.Ordinal)
    {
        [AwaitsApproval] = "{0} väntar på ditt godkännande av ett svar: {1}",
        [Approved] = "{0} godkände ditt svar: {1}",
        [Rejected] = "{0} skickade tillbaka ditt svar: {1}",
        [Assigned] = "{0} gav dig ett ärende: {1}",
        [OpenCard] = "Öppna kortet",
        [QueueClaimed] = "Ärenden du har ({0}):",
        [QueueApprovals] = "Svar som väntar på ditt godkännande ({0}):",
        [QueueEmpty] = "Inget väntar på dig just nu.",
        [Help] = "Jag för in omnämnanden i sociala medier i kanalen som kort. Ta ett ärende, skriv ett svar, få det godkänt och skicka det från kortet. Skriv **kö** för att se dina ärenden och vad som väntar på ditt godkännande.",
        [NoSuchCase] = "Det här ärendet finns inte längre.",
        [Thanks] = "Tack så mycket för de vänliga orden!",
    };

    public static string Get(string? locale, string key, params object?[] args) => Get(CardLanguages.FromLocale(locale), key, args);

    public static string Get(CardLanguage language, string key, params object?[] args)
    {
        var table = language switch
        {
            CardLanguage.Fi => Fi,
            CardLanguage.Sv => Sv,
            _ => En,
        };
        return string.Format(CultureInfo.InvariantCulture, table[key], args);
    }

    /// <summary>Every key in every language, for the completeness test.</summary>
    public static IEnumerable<(CardLanguage Language, string Key)> Missing() =>
        from pair in new[] { (CardLanguage.Fi, Fi), (CardLanguage.Sv, Sv) }
        from key in En.Keys
        where !pair.Item2.ContainsKey(key)
        select (pair.Item1, key);
}
