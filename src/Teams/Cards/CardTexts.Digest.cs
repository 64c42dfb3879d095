using SomeTeams.Teams.Cards.Digest;
using D = SomeTeams.Teams.Cards.Digest.DigestCardText;

namespace SomeTeams.Teams.Cards;

/// <summary>The manager's digest card texts, merged into each language's table.</summary>
public sealed partial class CardTexts
{
    private static Dictionary<string, string> DigestTexts(CardLanguage language) => language switch
    {
        CardLanguage.Fi => new()
        {
            [D.Title] = "Asiakaspalvelun yhteenveto {0}–{1}", [D.DateFormat] = "d.M.", [D.Cases] = "{0} tapausta",
            [D.Coverage] = "Kattavuus", [D.ShareOf] = "{0} % ({1}/{2})", [D.FirstResponse] = "Ensimmäinen vastaus (palveluaikana)",
            [D.MedianP90] = "mediaani {0} · p90 {1}", [D.WithinTarget] = "Vastattu tavoiteajassa", [D.VipOthers] = "VIP / muut, mediaani",
            [D.Approvals] = "Hyväksynnän kesto", [D.Waiting] = "{0} odottaa", [D.Backlog] = "Avoinna nyt, odotusaika",
            [D.Networks] = "Kanavittain", [D.Topics] = "Aiheittain", [D.Sentiment] = "Sävyn mukaan",
            [D.Agents] = "Käsitellyt henkilöittäin (vain esihenkilöille)", [D.NoData] = "–",
            [D.Bucket("under_1h")] = "alle 1 h", [D.Bucket("1h_to_4h")] = "1–4 h", [D.Bucket("4h_to_24h")] = "4–24 h",
            [D.Bucket("1d_to_7d")] = "1–7 vrk", [D.Bucket("7d_or_more")] = "7 vrk tai yli",
        },
        CardLanguage.Sv => new()
        {
            [D.Title] = "Kundtjänstens sammanfattning {0}–{1}", [D.DateFormat] = "d.M.", [D.Cases] = "{0} ärenden",
            [D.Coverage] = "Täckning", [D.ShareOf] = "{0} % ({1}/{2})", [D.FirstResponse] = "Första svar (under öppettid)",
            [D.MedianP90] = "median {0} · p90 {1}", [D.WithinTarget] = "Besvarade inom målet", [D.VipOthers] = "VIP / övriga, median",
            [D.Approvals] = "Tid till godkännande", [D.Waiting] = "{0} väntar", [D.Backlog] = "Öppna nu, efter väntetid",
            [D.Networks] = "Per kanal", [D.Topics] = "Per ämne", [D.Sentiment] = "Per ton",
            [D.Agents] = "Hanterade per person (endast chefer)", [D.NoData] = "–",
            [D.Bucket("under_1h")] = "under 1 h", [D.Bucket("1h_to_4h")] = "1–4 h", [D.Bucket("4h_to_24h")] = "4–24 h",
            [D.Bucket("1d_to_7d")] = "1–7 dygn", [D.Bucket("7d_or_more")] = "7 dygn eller mer",
        },
        _ => new()
        {
            [D.Title] = "Care team summary {0}–{1}", [D.DateFormat] = "d MMM", [D.Cases] = "{0} cases",
            [D.Coverage] = "Coverage", [D.ShareOf] = "{0} % ({1}/{2})", [D.FirstResponse] = "First response (service hours)",
            [D.MedianP90] = "median {0} · p90 {1}", [D.WithinTarget] = "Answered within target", [D.VipOthers] = "VIP / others, median",
            [D.Approvals] = "Approval turnaround", [D.Waiting] = "{0} waiting", [D.Backlog] = "Open now, by wait",
            [D.Networks] = "By network", [D.Topics] = "By topic", [D.Sentiment] = "By sentiment",
            [D.Agents] = "Handled per person (managers only)", [D.NoData] = "–",
            [D.Bucket("under_1h")] = "under 1 h", [D.Bucket("1h_to_4h")] = "1–4 h", [D.Bucket("4h_to_24h")] = "4–24 h",
            [D.Bucket("1d_to_7d")] = "1–7 days", [D.Bucket("7d_or_more")] = "7 days or more",
        },
    };
}
