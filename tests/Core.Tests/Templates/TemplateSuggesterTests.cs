using SomeTeams.Core.Templates;
using SomeTeams.Core.Tone;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Templates;

public sealed class TemplateSuggesterTests
{
    private static readonly TemplateSuggester Suggester = new(TemplateFixtures.Library, ToneCheck.Default);

    [Fact]
    public async Task SuggestAsync_OutageOnX_FittingTemplatesFilledAndChecked()
    {
        var suggestions = await Suggester.SuggestAsync(TemplateFixtures.Context("fi", Topic.Outage), TestContext.Current.CancellationToken);

        Assert.Equal(["fi-outage-x", "fi-outage", "fi-any"], suggestions.Select(s => s.TemplateId));
        Assert.All(suggestions, s => Assert.Equal(SuggestionSource.Template, s.Source));
        var best = suggestions[0];
        Assert.StartsWith("Hei @maija, pahoittelut", best.Text, StringComparison.Ordinal);
        Assert.EndsWith("Tapaus C-1042 /Jenni", best.Text, StringComparison.Ordinal);
        Assert.Empty(best.Tone.Findings);
    }

    [Fact]
    public void Suggest_CannedTemplate_ToneCheckedLikeAnyDraft()
    {
        var canned = Suggester.Suggest(TemplateFixtures.Context("fi", Topic.Outage)).Single(s => s.TemplateId == "fi-any");
        Assert.Contains(canned.Tone.Findings, f => f.Code == ToneCodes.Canned);
    }

    [Fact]
    public void Suggest_NoTemplateFits_Nothing() => Assert.Empty(Suggester.Suggest(TemplateFixtures.Context("en", Topic.Outage)));
}
