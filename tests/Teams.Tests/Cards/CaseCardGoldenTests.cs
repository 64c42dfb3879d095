using SomeTeams.Teams.Cards;

namespace SomeTeams.Teams.Tests.Cards;

public sealed class CaseCardGoldenTests
{
    public static TheoryData<string> Names => [.. CardScenarios.All().Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryStateViewAndLanguage_MatchesGolden(string name)
    {
        var r = CardScenarios.All().Single(r => r.Name == name);

        var card = CaseCard.Render(r.Case, r.Viewer, r.Context);

        GoldenFiles.Verify(name, CaseCard.ToJson(card, indented: true));
    }

    [Fact]
    public void GoldenFolder_HoldsNoCardThatIsNotRendered()
    {
        var rendered = CardScenarios.All().Select(r => r.Name + ".json").ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(GoldenFiles.Folder, "*.json")
            .Select(Path.GetFileName)
            .Where(f => !f!.EndsWith(".received.json", StringComparison.Ordinal) && !rendered.Contains(f))
            .ToList();

        Assert.Empty(stale);
    }
}
