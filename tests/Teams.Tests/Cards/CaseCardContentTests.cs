using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Teams.Tests.Cards.CardFixtures;

namespace SomeTeams.Teams.Tests.Cards;

public sealed class CaseCardContentTests
{
    private static readonly CardTexts En = CardTexts.For(CardLanguage.En);

    private static JsonObject Render(Case c, Actor viewer, CardContext? context = null) =>
        CaseCard.Render(c, CardViewer.For(c, viewer), context ?? Context("en-US"));

    [Theory]
    [InlineData("en-US", "Claimed by Aino Agent")]
    [InlineData("fi-FI", "Aino Agent on jo ottanut tämän")]
    [InlineData("sv-FI", "Aino Agent har redan tagit den")]
    public void Refusal_IsShownFirst_InTheViewersLanguage(string locale, string expected)
    {
        var card = Render(InState(CaseState.Claimed), People.Bertil, Context(locale, new Refusal(RefusalCode.ClaimedByOther, "Aino Agent")));

        var banner = card["body"]![0]!;
        Assert.Equal("attention", (string?)banner["style"]);
        Assert.Equal(expected, CardQuery.TextBlocks(banner).Single());
    }

    [Fact]
    public void Render_SameInputs_SameJson()
    {
        var c = InState(CaseState.AwaitingApproval);

        Assert.Equal(CaseCard.ToJson(Render(c, People.Maija)), CaseCard.ToJson(Render(c, People.Maija)));
    }

    [Fact]
    public void Sla_BeforeTheDueTime_SaysWhenAndHowLong()
    {
        var texts = CardQuery.TextBlocks(Render(Open(), People.Bertil));

        Assert.Contains("Reply due 11:00 (in 40 min)", texts);
    }

    [Fact]
    public void Sla_PastTheDueTime_IsOverdueInAttentionColour()
    {
        var card = Render(Open(), People.Bertil, Context("fi-FI") with { Now = T0.AddHours(2).AddMinutes(5) });

        var line = CardQuery.OfType(card, "TextBlock").Single(t => ((string)t["text"]!).StartsWith("Myöhässä", StringComparison.Ordinal));
        Assert.Equal("Myöhässä: vastaus piti antaa klo 11.00 mennessä (1 h 5 min sitten)", (string?)line["text"]);
        Assert.Equal("Attention", (string?)line["color"]);
    }

    [Fact]
    public void Times_AreInTheViewersZone()
    {
        var card = Render(Open(), People.Bertil, Context("en-US") with { TimeZone = TimeZoneInfo.Utc });

        Assert.Contains("Reply due 09:00 (in 40 min)", CardQuery.TextBlocks(card));
    }

    [Fact]
    public void Times_OnAnotherDay_CarryTheDate()
    {
        var card = Render(Open(), People.Bertil, Context("en-US") with { Now = T0.AddDays(1) });

        Assert.Contains(CardQuery.TextBlocks(card), t => t.StartsWith("Overdue: reply was due 23 Nov 11:00", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownLocale_FallsBackToEnglish()
    {
        var card = Render(Open(), People.Bertil, Context("de-DE"));

        Assert.Contains(En[CardText.ActionClaim], CardQuery.AllText(card) + string.Join("\n", CardQuery.OfType(card, "Action.Execute").Select(a => (string?)a["title"])));
    }

    [Fact]
    public void CustomersWords_NeverReachMarkdown()
    {
        var tricky = Open(Mention(text: "Klikkaa [tästä](https://evil.example/login) **heti**"));
        var c = CaseBuilder.Step(tricky, new AddNote(People.Bertil, "[note](https://evil.example)"));

        var card = Render(c, People.Bertil);

        Assert.DoesNotContain(CardQuery.TextBlocks(card), t => t.Contains("evil.example", StringComparison.Ordinal));
        Assert.Contains(CardQuery.OfType(card, "TextRun"), r => (string?)r["text"] == "Klikkaa [tästä](https://evil.example/login) **heti**");
    }

    [Fact]
    public void LongMention_IsCutWithoutSplittingAnEmoji()
    {
        var card = Render(Open(Mention(text: new string('a', 1499) + "😀 and more")), People.Bertil);

        var quoted = CardQuery.OfType(card, "TextRun").Select(r => (string)r["text"]!).Single(t => t.StartsWith("aaa", StringComparison.Ordinal));
        Assert.Equal(new string('a', 1499) + "…", quoted);
    }

    [Theory]
    [InlineData(47, null)]
    [InlineData(48, "Warning")]
    public void Sla_FromEightyPercentOfTheClock_IsAWarning(int minutes, string? color)
    {
        var card = Render(Open(), People.Bertil, Context("en-US") with { Now = T0.AddMinutes(minutes) });

        Assert.Equal(color, (string?)CardQuery.OfType(card, "TextBlock").Single(t => ((string)t["text"]!).StartsWith("Reply due 11:00", StringComparison.Ordinal))["color"]);
    }

    [Fact]
    public void Sla_ThresholdFromTheBusinessClock_WinsOverTheWallClock()
    {
        var card = Render(Open(), People.Bertil, Context("en-US") with { SlaReached = SlaThreshold.EightyPercent });

        Assert.Equal("Warning", (string?)CardQuery.OfType(card, "TextBlock").Single(t => (string?)t["text"] == "Reply due 11:00 (in 40 min)")["color"]);
    }

    [Fact]
    public void Editor_TakesTheNetworksLengthLimit()
    {
        int? MaxLength(Network network)
        {
            var c = Drafted(Open(Mention(network)));
            return (int?)CardQuery.OfType(Render(c, People.Aino), "Input.Text").Single(i => (string?)i["id"] == CardInputs.DraftText)["maxLength"];
        }

        Assert.Equal(280, MaxLength(Network.X));
        Assert.Equal(8000, MaxLength(Network.Facebook));
        Assert.Equal(500, MaxLength(Network.Mastodon));
    }

    [Fact]
    public void Rss_ClaimerGetsNoEditor()
    {
        var card = Render(Claimed(Open(Mention(Network.Rss))), People.Aino);

        Assert.DoesNotContain(CardQuery.OfType(card, "Input.Text"), i => (string?)i["id"] == CardInputs.DraftText);
        Assert.Contains("Replies cannot be sent to RSS from here.", CardQuery.TextBlocks(card));
    }

    [Fact]
    public void Moderation_ExplainsHideAndDeleteNextToTheButtons()
    {
        var card = Render(Open(Mention(Network.Facebook)), People.Bertil);

        var moderate = CardQuery.OfType(card, "Action.ShowCard").Single(a => (string?)a["title"] == En[CardText.ActionModerate]);
        var texts = CardQuery.TextBlocks(moderate);
        Assert.Equal([En[CardText.HideHelp], En[CardText.DeleteHelp], En[CardText.BlockHelp], En[CardText.LikeHelp]], texts);
    }

    [Fact]
    public void Refresh_ListsEachUserOnceAndAtMostSixty()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"29:user-{i % 80}").ToList();

        var card = Render(Open(), People.Bertil, Context("en-US") with { RefreshUserIds = ids });

        var listed = card["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(60, listed.Count);
        Assert.Equal(60, listed.Distinct().Count());
    }

    [Fact]
    public void OriginalDeleted_IsShownAsAWarning()
    {
        var c = CaseBuilder.Step(Open(), new MarkOriginalDeleted(Actor.System, T0.AddMinutes(15)));

        Assert.Contains(CardQuery.TextBlocks(Render(c, People.Bertil)), t => t.StartsWith("The author deleted the original 10:15", StringComparison.Ordinal));
    }

    // Every text at YouTube's 10,000 characters: the quotes are cut, the draft never is. All-"ä"
    // text (two bytes each) only fits on the compact card. Text made of emoji does not fit at all
    // (System.Text.Json writes each as a 12-byte escape); the caller sees that in CaseCard.Size.
    [Theory]
    [InlineData("Äänet pätkivät ja kuva jäätyy ")]
    [InlineData("ää")]
    public void LongestTexts_StayUnderTheSizeBudget_AndKeepTheWholeDraftEditable(string piece)
    {
        var mention = Mention(Network.YouTube, text: Long(piece, 10_000)) with { Kind = MentionKind.Comment };
        var c = Open(mention, Triage(sensitive: true));
        for (var i = 0; i < 5; i++)
        {
            var key = new MentionKey(Network.YouTube, "acct-nordlink", $"f-{i}");
            c = CaseBuilder.Step(c, new Reopen(Actor.System, T0.AddHours(2), new FollowUp(key, Long(piece, 10_000), T0.AddMinutes(i))));
            c = CaseBuilder.Step(c, new AddNote(People.Bertil, Long(piece, 2000)));
        }

        var draft = Long(piece, 10_000);
        var drafted = CaseBuilder.Step(CaseBuilder.Step(c, new Claim(People.Aino)), new SaveDraft(People.Aino, draft, DraftCheck.Clean), T0.AddMinutes(30));
        var submitted = CaseBuilder.Step(drafted, new SubmitForApproval(People.Aino), T0.AddMinutes(31));

        foreach (var (card, input) in new[] { (Render(drafted, People.Aino), CardInputs.DraftText), (Render(submitted, People.Maija), CardInputs.EditedText) })
        {
            Assert.InRange(CaseCard.Size(card), 1, CaseCard.MaxBytes);
            Assert.Empty(CardRules.Check(card));
            Assert.Equal(draft, (string?)CardQuery.OfType(card, "Input.Text").Single(i => (string?)i["id"] == input)["value"]);
        }
    }

    private static string Long(string piece, int length) =>
        string.Concat(Enumerable.Repeat(piece, (length / piece.Length) + 1))[..length];
}
