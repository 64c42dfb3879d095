using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Teams.Tests.Cards.CardFixtures;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>The cards behind the state × view goldens, and the stories beyond them.</summary>
public static class CardScenarios
{
    public static readonly string[] Views = ["channel", "claimer", "approver", "other"];

    public sealed record Rendering(string Name, Case Case, CardViewer Viewer, CardContext Context);

    /// <summary>Every state for every view in every language; New has no claimer, so no claimer view.</summary>
    public static IEnumerable<Rendering> StateViews() =>
        from state in Enum.GetValues<CaseState>()
        from view in Views
        where !(state == CaseState.New && view == "claimer")
        from locale in Locales
        let c = InState(state)
        select new Rendering($"{state}.{view}.{Lang(locale)}", c, Viewer(c, view), Context(locale));

    public static IEnumerable<Rendering> Stories()
    {
        foreach (var locale in Locales)
        {
            // Bertil clicks Claim on a card that still showed the case as free.
            var claimed = InState(CaseState.Claimed);
            yield return new("refused-claimed-by-other.other." + Lang(locale), claimed, CardViewer.For(claimed, People.Bertil), Context(locale, new Refusal(RefusalCode.ClaimedByOther, People.Aino.Name)));
        }

        foreach (var locale in Locales)
        {
            // Aino asked for a suggestion: a template's text in the editor, with the tone check's remark on it.
            var asked = Claimed();
            var text = Localised(locale, "Hi Matti, sorry about the outage! It is fixed by 18:00 today. /Aino", "Hei Matti, pahoittelut katkosta! Vika korjataan tänään klo 18 mennessä. /Aino", "Hej Matti, förlåt för avbrottet! Felet är åtgärdat i dag före kl. 18. /Aino");
            var finding = new ToneFinding("no-thanks", FindingSeverity.Info, Localised(locale, "Consider thanking the customer.", "Harkitse asiakkaan kiittämistä.", "Överväg att tacka kunden."));
            yield return new("suggested-templates.claimer." + Lang(locale), asked, CardViewer.For(asked, People.Aino),
                Context(locale) with { EditorText = text, Suggestion = new CardSuggestion(SuggestionOrigin.Templates, [finding]) });
        }

        const string En = "en-US";
        var drafted = Drafted(Open(), DraftCheck.Clean);
        yield return new("suggested-assistant.claimer.en", drafted, CardViewer.For(drafted, People.Aino),
            Context(En) with { EditorText = "Hi Matti, sorry! The fault is fixed by 18:00 today. Thank you for your patience. /Aino", Suggestion = new CardSuggestion(SuggestionOrigin.Assistant, []) });
        var nothing = Claimed();
        yield return new("suggestion-nothing.claimer.en", nothing, CardViewer.For(nothing, People.Aino),
            Context(En) with { Templates = [], Suggestion = new CardSuggestion(SuggestionOrigin.Nothing, []) });

        var fresh = Claimed();
        yield return new("claimed-no-draft.claimer.en", fresh, CardViewer.For(fresh, People.Aino), Context(En, findings: []));

        var sensitive = Drafted(Open(triage: Triage(sensitive: true)), new DraftCheck(NeedsApproval: true, CanSend: true));
        yield return new("sensitive-draft.claimer.en", sensitive, CardViewer.For(sensitive, People.Aino),
            Context(En, findings: [new("sensitive-topic", FindingSeverity.Warning, "Billing and personal data: suggest a private message."), new("no-thanks", FindingSeverity.Info, "Consider thanking the customer.")]));

        var rejected = CaseBuilder.Step(InState(CaseState.AwaitingApproval), new Reject(People.Maija, "Älä lupaa kellonaikaa, sano että tiedotamme."), T0.AddMinutes(12));
        yield return new("rejected.claimer.en", rejected, CardViewer.For(rejected, People.Aino), Context(En));

        var approved = CaseBuilder.Step(InState(CaseState.AwaitingApproval), new Approve(People.Maija), T0.AddMinutes(12));
        yield return new("approved.claimer.en", approved, CardViewer.For(approved, People.Aino), Context(En));

        var tooLong = Drafted(Open(), new DraftCheck(NeedsApproval: false, CanSend: false));
        yield return new("cannot-send.claimer.en", tooLong, CardViewer.For(tooLong, People.Aino),
            Context(En, findings: [new("too-long", FindingSeverity.Blocking, "Over the 280 character limit of X.")]));

        var failed = CaseBuilder.Step(InState(CaseState.Sending), new MarkSendFailed(Actor.System, "c-0001-4", "403 from X: reply not allowed"), T0.AddMinutes(11));
        yield return new("send-failed.claimer.en", failed, CardViewer.For(failed, People.Aino), Context(En));

        yield return new("overdue-private-followups.other.en", OverduePrivate(), CardViewer.For(OverduePrivate(), People.Bertil), Context(En));

        var praise = Open(Mention(Network.Facebook, text: "Kiitos nopeasta avusta eilen, asentaja oli tosi mukava!"), Triage(sentiment: Sentiment.Positive, topic: Topic.Praise));
        yield return new("praise-facebook.other.en", praise, CardViewer.For(praise, People.Bertil), Context(En));

        var rss = Claimed(Open(Mention(Network.Rss) with { Kind = MentionKind.Article }, Triage(sentiment: Sentiment.Neutral, topic: Topic.Other)));
        yield return new("rss-article.claimer.en", rss, CardViewer.For(rss, People.Aino), Context(En));
    }

    /// <summary>A Facebook private message opened two hours ago, written to three more times, then deleted.</summary>
    private static Case OverduePrivate()
    {
        var opened = Open(Mention(Network.Facebook, isPrivate: true), Triage(), openedAt: T0.AddHours(-2));
        var c = opened;
        for (var i = 1; i <= 4; i++)
        {
            var key = new MentionKey(Network.Facebook, "acct-nordlink", $"10{i:00}-f");
            c = CaseBuilder.Step(c, new Reopen(Actor.System, T0.AddHours(2), new FollowUp(key, $"Viesti {i}: vieläkö ketään paikalla?", T0.AddMinutes(-100 + (i * 20)))), T0.AddMinutes(-100 + (i * 20)));
        }

        return CaseBuilder.Step(c, new MarkOriginalDeleted(Actor.System, T0.AddMinutes(15)), T0.AddMinutes(15));
    }

    public static IEnumerable<Rendering> All() => StateViews().Concat(Stories());
}
