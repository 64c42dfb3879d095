using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>
/// Cases with fixed ids and a fixed clock, driven through CaseMachine so every one is a legal
/// case. T0 is 08:00 UTC = 10:00 in Helsinki; cards are drawn at T0 + 20 min.
/// </summary>
public static class CardFixtures
{
    public static DateTimeOffset T0 => CaseBuilder.T0;

    public static DateTimeOffset Now => T0.AddMinutes(20);

    public static readonly string[] Locales = ["en-US", "fi-FI", "sv-FI"];

    public static Mention Mention(Network network = Network.X, bool isPrivate = false, string text = "Netti pätkii taas Kalliossa, kolmas kerta tällä viikolla. Milloin tämä korjataan?") =>
        CaseBuilder.Mention("1001", network, isPrivate) with
        {
            Text = text,
            Permalink = new Uri($"https://{network.ToString().ToLowerInvariant()}.example/asiakas42/status/1001"),
        };

    public static TriageResult Triage(bool sensitive = false, Sentiment sentiment = Sentiment.Negative, Topic topic = Topic.Outage) =>
        new("fi", sentiment, topic, [topic], sensitive ? [PersonalDataKind.Phone] : [], sensitive, sensitive ? Priority.High : Priority.Normal);

    /// <summary>A case opened five minutes after its mention was written.</summary>
    public static Case Open(Mention? mention = null, TriageResult? triage = null, DateTimeOffset? openedAt = null)
    {
        var at = openedAt ?? T0;
        var written = (mention ?? Mention()) with { CreatedAt = at.AddMinutes(-5) };
        return Case.Open(new CaseId("c-0001"), written, triage ?? Triage(), "care-fi", at.AddHours(1), at);
    }

    public static Case Claimed(Case? from = null) => CaseBuilder.Step(from ?? Open(), new Claim(People.Aino), T0.AddMinutes(2));

    public static Case Drafted(Case? from = null, DraftCheck? check = null) =>
        CaseBuilder.Step(Claimed(from), new SaveDraft(People.Aino, "Pahoittelut katkoista! Korjaamme Kallion häiriötä parhaillaan, arvio on klo 12.", check ?? DraftCheck.Clean), T0.AddMinutes(5));

    public static Case InState(CaseState state) => state switch
    {
        CaseState.New => Open(),
        CaseState.Claimed => CaseBuilder.Step(Drafted(), new AddNote(People.Bertil, "Sama asiakas soitti eilen asiakaspalveluun."), T0.AddMinutes(6)),
        CaseState.AwaitingApproval => CaseBuilder.Step(Drafted(Open(triage: Triage(sensitive: true))), new SubmitForApproval(People.Aino), T0.AddMinutes(8)),
        CaseState.Sending => CaseBuilder.Step(Drafted(), new Send(People.Aino), T0.AddMinutes(10)),
        CaseState.SendUnknown => Outcome(InState(CaseState.Sending), new MarkSendFailed(Actor.System, "c-0001-4", "Timeout after 30 s", Unknown: true)),
        CaseState.Sent => Outcome(InState(CaseState.Sending), new MarkSent(Actor.System, "c-0001-4", "x-reply-1", new Uri("https://x.example/nordlink/status/2002"))),
        CaseState.Closed => CaseBuilder.Step(Claimed(), new Close(People.Aino, CloseReason.Duplicate), T0.AddMinutes(4)),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static Case Outcome(Case sending, CaseCommand outcome) => CaseBuilder.Step(sending, outcome, T0.AddMinutes(11));

    /// <summary>The persona behind each view name of the golden files.</summary>
    public static CardViewer Viewer(Case c, string view) => view switch
    {
        "channel" => CardViewer.Channel,
        "claimer" => CardViewer.For(c, People.Aino),
        "approver" => CardViewer.For(c, People.Maija),
        "other" => CardViewer.For(c, People.Bertil),
        _ => throw new ArgumentOutOfRangeException(nameof(view)),
    };

    public static CardContext Context(string locale, Refusal? refusal = null, IReadOnlyList<ToneFinding>? findings = null) => new()
    {
        Locale = locale,
        Now = Now,
        Templates = [new("t-outage", Localised(locale, "Outage: we are on it", "Häiriö: korjaamme", "Störning: vi åtgärdar")), new("t-private", Localised(locale, "Move to a private message", "Siirrä yksityisviestiin", "Flytta till privat meddelande"))],
        Findings = findings ?? [new("no-thanks", FindingSeverity.Info, Localised(locale, "Consider thanking the customer.", "Harkitse asiakkaan kiittämistä.", "Överväg att tacka kunden."))],
        Refusal = refusal,
        RefreshUserIds = ["29:aino", "29:maija", "29:aino"],
        Colleagues = [new(People.Aino.Id, People.Aino.Name), new(People.Bertil.Id, People.Bertil.Name), new(People.Eveliina.Id, People.Eveliina.Name)],
        CanSuggest = true,
    };

    public static string Localised(string locale, string en, string fi, string sv) => CardLanguages.FromLocale(locale) switch
    {
        CardLanguage.Fi => fi,
        CardLanguage.Sv => sv,
        _ => en,
    };

    public static string Lang(string locale) => locale[..2];
}
