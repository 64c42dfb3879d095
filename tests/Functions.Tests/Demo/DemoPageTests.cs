using Microsoft.Extensions.Configuration;
using SomeTeams.Connectors.Demo;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Demo;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Tests.Demo;

public sealed class DemoPageTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Item_ReplyAndModeration_ShowsTheOriginalAndWhatWeDidWithTheCase()
    {
        var item = DemoItems.Find("d0001")!;
        var done = new[]
        {
            Activity(SocialActionKind.Hide, null, At.AddMinutes(1)),
            Activity(SocialActionKind.ReplyPublic, "Pahoittelut! Korjaamme vian heti.", At),
        };

        var page = DemoPage.Item("d0001", item, done, DemoPageText.For(CardLanguage.En));

        Assert.Contains(System.Net.WebUtility.HtmlEncode(item.Text), page, StringComparison.Ordinal);
        Assert.Contains("imitates X", page, StringComparison.Ordinal);
        Assert.Contains("<strong>replied publicly</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Pahoittelut! Korjaamme vian heti.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>hid the item</strong>", page, StringComparison.Ordinal);
        Assert.Contains("2026-11-23 07:30:00 UTC · case c-42", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_TextWithMarkup_IsEncodedNeverInterpreted()
    {
        var page = DemoPage.Item("d0001", DemoItems.Find("d0001"), [Activity(SocialActionKind.ReplyPublic, "<script>alert('x')</script> & <b>bold</b>", At)], DemoPageText.For(CardLanguage.En));

        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CardLanguage.Fi, "lang=\"fi\"", "vastasi julkisesti", "tapaus c-42")]
    [InlineData(CardLanguage.Sv, "lang=\"sv\"", "svarade offentligt", "ärende c-42")]
    [InlineData(CardLanguage.En, "lang=\"en\"", "replied publicly", "case c-42")]
    public void Index_InEachLanguage_SaysWhatWasDone(CardLanguage language, string lang, string did, string caseText)
    {
        var page = DemoPage.Index([Activity(SocialActionKind.ReplyPublic, "Kiitos!", At)], DemoPageText.For(language));

        Assert.Contains(lang, page, StringComparison.Ordinal);
        Assert.Contains(did, page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(caseText), page, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/posts/d0001\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void PageText_EveryActionKind_HasWordsInEveryLanguage()
    {
        Assert.All(Enum.GetValues<CardLanguage>(), l => Assert.Equal(Enum.GetValues<SocialActionKind>().Length, DemoPageText.For(l).Did.Count));
    }

    [Fact]
    public void Find_ReplayedItem_IsTheStreamItem()
    {
        Assert.Equal(DemoItems.Find("d0001")! with { ExternalId = "d0001-r3" }, DemoItems.Find("d0001-r3"));
        Assert.Null(DemoItems.Find("no-such-item"));
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:3979", "http://127.0.0.1:3979/")]
    [InlineData(null, "https://127.0.0.1:5001;http://127.0.0.1:3979", "http://127.0.0.1:3979/")]
    [InlineData("http://demo.local:8080/base", "http://127.0.0.1:3979", "http://demo.local:8080/base/")]
    [InlineData(null, "http://*:80", null)]
    [InlineData(null, "http://+:80", null)]
    [InlineData(null, null, null)]
    public void PageBase_FromSettingOrTheHostsOwnAddress(string? setting, string? urls, string? expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:PageBaseUrl"] = setting, ["urls"] = urls }).Build();

        Assert.Equal(expected, DemoEndpoints.PageBase(configuration)?.ToString());
    }

    private static DemoActivity Activity(SocialActionKind kind, string? text, DateTimeOffset at) =>
        new(DemoLinks.ActivityId("demo-x", kind.ToString()), "demo-x", Network.X, kind, "d0001", text, at, null, "c-42-3", "c-42");
}
