using System.Collections.Frozen;
using System.Globalization;

namespace SomeTeams.Teams.Cards.Digest;

/// <summary>
/// The texts of the manager's digest card in fi, sv and en, kept apart from the case card's
/// table so each card's texts stay in one place; names of networks, topics and sentiments come
/// from <see cref="CardTexts"/>. Every language has every key (DigestTextsTests).
/// </summary>
public static class DigestTexts
{
    public static readonly FrozenDictionary<CardLanguage, FrozenDictionary<string, string>> All = new Dictionary<CardLanguage, FrozenDictionary<string, string>>
    {
        [CardLanguage.En] = Table(
            ("Title", "Care team summary {0}–{1}"), ("DateFormat", "d MMM"), ("Cases", "{0} cases"),
            ("Coverage", "Coverage"), ("ShareOf", "{0} % ({1}/{2})"), ("FirstResponse", "First response (service hours)"),
            ("MedianP90", "median {0} · p90 {1}"), ("WithinTarget", "Answered within target"), ("VipOthers", "VIP / others, median"),
            ("Approvals", "Approval turnaround"), ("Waiting", "{0} waiting"), ("Backlog", "Open now, by wait"),
            ("Networks", "By network"), ("Topics", "By topic"), ("Sentiment", "By sentiment"),
            ("Agents", "Handled per person (managers only)"), ("NoData", "–"),
            ("under_1h", "under 1 h"), ("1h_to_4h", "1–4 h"), ("4h_to_24h", "4–24 h"), ("1d_to_7d", "1–7 days"), ("7d_or_more", "7 days or more")),
        [CardLanguage.Fi] = Table(
            ("Title", "Asiakaspalvelun yhteenveto {0}–{1}"), ("DateFormat", "d.M."), ("Cases", "{0} tapausta"),
            ("Coverage", "Kattavuus"), ("ShareOf", "{0} % ({1}/{2})"), ("FirstResponse", "Ensimmäinen vastaus (palveluaikana)"),
            ("MedianP90", "mediaani {0} · p90 {1}"), ("WithinTarget", "Vastattu tavoiteajassa"), ("VipOthers", "VIP / muut, mediaani"),
            ("Approvals", "Hyväksynnän kesto"), ("Waiting", "{0} odottaa"), ("Backlog", "Avoinna nyt, odotusaika"),
            ("Networks", "Kanavittain"), ("Topics", "Aiheittain"), ("Sentiment", "Sävyn mukaan"),
            ("Agents", "Käsitellyt henkilöittäin (vain esihenkilöille)"), ("NoData", "–"),
            ("under_1h", "alle 1 h"), ("1h_to_4h", "1–4 h"), ("4h_to_24h", "4–24 h"), ("1d_to_7d", "1–7 vrk"), ("7d_or_more", "7 vrk tai yli")),
        [CardLanguage.Sv] = Table(
            ("Title", "Kundtjänstens sammanfattning {0}–{1}"), ("DateFormat", "d.M."), ("Cases", "{0} ärenden"),
            ("Coverage", "Täckning"), ("ShareOf", "{0} % ({1}/{2})"), ("FirstResponse", "Första svar (under öppettid)"),
            ("MedianP90", "median {0} · p90 {1}"), ("WithinTarget", "Besvarade inom målet"), ("VipOthers", "VIP / övriga, median"),
            ("Approvals", "Tid till godkännande"), ("Waiting", "{0} väntar"), ("Backlog", "Öppna nu, efter väntetid"),
            ("Networks", "Per kanal"), ("Topics", "Per ämne"), ("Sentiment", "Per ton"),
            ("Agents", "Hanterade per person (endast chefer)"), ("NoData", "–"),
            ("under_1h", "under 1 h"), ("1h_to_4h", "1–4 h"), ("4h_to_24h", "4–24 h"), ("1d_to_7d", "1–7 dygn"), ("7d_or_more", "7 dygn eller mer")),
    }.ToFrozenDictionary();

    public static string Get(CardLanguage language, string key) =>
        All[language].TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No {language} digest text for '{key}'.");

    public static string Format(CardLanguage language, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, key), args);

    private static FrozenDictionary<string, string> Table(params (string Key, string Text)[] texts) =>
        texts.ToFrozenDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal);
}
