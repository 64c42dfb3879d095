using SomeTeams.Core.Mentions;
using SomeTeams.Core.Tone;

namespace SomeTeams.Core.Tests.Tone;

public sealed class ToneCheckTests
{
    private static ToneReport Check(string text, string language, Network network = Network.Facebook, bool isPublic = true, bool complaint = false) =>
        ToneCheck.Default.Check(new ToneRequest(text, network, language, isPublic, complaint));

    private static string[] Codes(ToneReport report) => [.. report.Findings.Select(f => f.Code)];

    [Theory]
    [InlineData("fi", "Vittu mitä valitusta. Oma vika kun ette lukeneet ohjeita, kuten jo kerroimme.")]
    [InlineData("sv", "Vad fan klagar du på? Det är ditt eget fel, läs instruktionerna som vi redan sagt.")]
    [InlineData("en", "What the hell is your problem? It's your own fault, you should have read the manual. Damn.")]
    public void Check_AngryOwnerSwearsAndBlames_NeedsApproval(string language, string draft)
    {
        var report = Check(draft, language);
        Assert.True(report.NeedsApproval);
        Assert.True(report.CanSend);
        Assert.Contains(ToneCodes.Profanity, Codes(report));
        Assert.Contains(ToneCodes.Blame, Codes(report));
    }

    [Theory]
    [InlineData("fi", "Kiitos viestistäsi, vastaamme mahdollisimman pian.")]
    [InlineData("sv", "Tack för ditt meddelande, vi återkommer så snart som möjligt.")]
    [InlineData("en", "Thank you for your message, we will get back to you as soon as possible.")]
    public void Check_CannedNonAnswer_Flagged(string language, string draft)
    {
        var report = Check(draft, language);
        var canned = Assert.Single(report.Findings, f => f.Code == ToneCodes.Canned);
        Assert.Equal(ToneSeverity.Warning, canned.Severity);
    }

    [Theory]
    [InlineData("fi", "Hei Maija, olemme todella pahoillamme katkoksesta. Tampereen kuituverkon vika korjataan tänään klo 18 mennessä, ja hyvitämme päivän maksun seuraavalla laskulla.")]
    [InlineData("sv", "Hej Anna, förlåt för avbrottet. Felet i fibernätet i Vasa är åtgärdat klockan 18 i dag och vi krediterar dagens avgift på nästa faktura.")]
    [InlineData("en", "Hi Sam, we're sorry about the outage. The fibre fault in Espoo will be fixed by 6 pm today, and we'll credit today's fee on your next bill.")]
    public void Check_WarmConcreteApology_Passes(string language, string draft)
    {
        var report = Check(draft, language, Network.X, complaint: true);
        Assert.Empty(report.Findings);
        Assert.False(report.NeedsApproval);
        Assert.True(report.CanSend);
    }

    [Theory]
    [InlineData("fi", "Kiitos! Tarkistimme kortin 4111 1111 1111 1111 veloitukset ja palautamme toisen.")]
    [InlineData("sv", "Tack! Vi har kontrollerat kortet 4111 1111 1111 1111 och återbetalar den dubbla avgiften.")]
    [InlineData("en", "Thanks! We checked card 4111 1111 1111 1111 and will refund the second charge.")]
    public void Check_PublicReplyRepeatsCardNumber_CannotSend(string language, string draft)
    {
        var report = Check(draft, language);
        Assert.False(report.CanSend);
        Assert.Equal(ToneSeverity.Prohibited, Assert.Single(report.Findings, f => f.Code == ToneCodes.PersonalData).Severity);
    }

    [Fact]
    public void Check_PrivateReplyRepeatsCardNumber_WarnsOnly()
    {
        var report = Check("Thanks! We checked card 4111 1111 1111 1111 and will refund the second charge.", "en", isPublic: false);
        Assert.True(report.CanSend);
        Assert.Equal(ToneSeverity.Warning, Assert.Single(report.Findings).Severity);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Check_OverLengthOnX_CannotSend(string language)
    {
        var draft = string.Join(' ', Enumerable.Repeat("Kiitos tack thanks", 20));
        var onX = Check(draft, language, Network.X);
        var finding = Assert.Single(onX.Findings, f => f.Code == ToneCodes.TooLong);
        Assert.False(onX.CanSend);
        Assert.Contains("280", finding.Message, StringComparison.Ordinal);
        Assert.True(Check(draft, language, Network.Facebook).CanSend);
    }

    [Fact]
    public void Check_Message_InDraftLanguage()
    {
        const string shout = "TÄMÄ ON IHAN KAMALAA PALVELUA";
        var fi = Assert.Single(Check(shout, "fi").Findings);
        var sv = Assert.Single(Check(shout, "sv").Findings);
        Assert.Equal(ToneCodes.Shouting, fi.Code);
        Assert.StartsWith("Huutamista", fi.Message, StringComparison.Ordinal);
        Assert.StartsWith("Skrik", sv.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thanks for waiting!!! It works now.", ToneCodes.Shouting)]
    [InlineData("Oh great, another complaint. Yeah right.", ToneCodes.Sarcasm)]
    [InlineData("Only an idiot would unplug the router.", ToneCodes.Insult)]
    public void Check_CountToThree_Blocking(string draft, string code)
    {
        var report = Check(draft, "en");
        Assert.Equal(ToneSeverity.Blocking, Assert.Single(report.Findings, f => f.Code == code).Severity);
        Assert.True(report.NeedsApproval);
    }

    [Fact]
    public void Check_ComplaintWithoutApologyOrThanks_SuggestsMagicWords()
    {
        var report = Check("Vika korjataan huomenna aamupäivällä, ja yhteys palaa silloin normaaliksi.", "fi", complaint: true);
        var finding = Assert.Single(report.Findings);
        Assert.Equal((ToneCodes.MagicWords, ToneSeverity.Suggestion), (finding.Code, finding.Severity));
        Assert.False(report.NeedsApproval);
    }

    [Fact]
    public void Check_LinkWherePolicyForbids_NeedsApproval()
    {
        var request = new ToneRequest("Katso ohjeet https://example.com/ohje ja kerro toimiko.", Network.Facebook, "fi", LinksAllowed: false);
        Assert.Equal(ToneCodes.Link, Assert.Single(ToneCheck.Default.Check(request).Findings).Code);
        Assert.Empty(ToneCheck.Default.Check(request with { LinksAllowed = true }).Findings);
    }

    [Fact]
    public void Check_SensitiveCase_NeedsApproval()
    {
        var report = ToneCheck.Default.Check(new ToneRequest("Kiitos, selvitämme laskusi tänään ja palaamme yksityisviestillä klo 15.", Network.X, "fi", IsSensitive: true));
        Assert.True(report.NeedsApproval);
        Assert.Equal(ToneCodes.Sensitive, Assert.Single(report.Findings).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_EmptyDraft_CannotSend(string draft) => Assert.False(Check(draft, "en").CanSend);

    [Fact]
    public void Check_RssSource_TakesNoReplies() =>
        Assert.Equal(ToneCodes.NoReplies, Assert.Single(Check("Kiitos palautteesta, korjaamme asian.", "fi", Network.Rss).Findings).Code);
}
