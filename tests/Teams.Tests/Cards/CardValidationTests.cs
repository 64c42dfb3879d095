using System.Diagnostics;
using System.Text.Json.Nodes;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>Every card we render, checked by the adaptivecards library (in node) and by our own rules.</summary>
public sealed class CardValidationTests
{
    [Fact]
    public async Task EveryRenderedCard_AdaptiveCardsLibrary_ReportsNoParseOrValidationEvents()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-cards-").FullName;
        try
        {
            foreach (var r in CardScenarios.All())
            {
                await File.WriteAllTextAsync(Path.Combine(folder, r.Name + ".json"), CaseCard.ToJson(CaseCard.Render(r.Case, r.Viewer, r.Context)), TestContext.Current.CancellationToken);
            }

            var results = await ValidateAsync(folder, GoldenFiles.Folder);

            var count = CardScenarios.All().Count();
            Assert.Equal(2 * count, results.Count);
            var events = results.SelectMany(f => f!["events"]!.AsArray().Select(e => $"{Path.GetFileName((string?)f["file"])}: {e!["event"]} {e["message"]}")).ToList();
            Assert.Empty(events);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ValidationScript_BrokenCard_ReportsEachProblem()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-cards-").FullName;
        try
        {
            const string Broken = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"},{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}],"actions":[{"type":"Action.Foo","title":"x"}]}""";
            await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), Broken, TestContext.Current.CancellationToken);

            var results = await ValidateAsync(folder);

            var events = results.Single()!["events"]!.AsArray().Select(e => (string?)e!["event"]).ToList();
            Assert.Equal(["UnknownElementType", "UnknownActionType", "DuplicateId"], events);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EveryRenderedCard_ProjectRules_Hold()
    {
        var problems = CardScenarios.All()
            .SelectMany(r => CardRules.Check(CaseCard.Render(r.Case, r.Viewer, r.Context)).Select(p => $"{r.Name}: {p}"))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void ProjectRules_BrokenCard_AreFound()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.4","body":[{"type":"Input.Text"},{"type":"Input.Text","id":"a"},{"type":"Container","items":[{"type":"Input.Toggle","id":"a","title":"t"}]}],
             "actions":[{"type":"Action.Execute","title":"Go","verb":"launch","data":{"caseId":"c"}},{"type":"Action.Execute","verb":"claim","data":{"caseId":"c","version":"2"}}]}
            """)!.AsObject();

        var problems = CardRules.Check(card);

        Assert.Contains(problems, p => p.Contains("not 1.5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no refresh", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Input.Text without an id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("duplicate id a", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("verb 'launch'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.actions[1]: Action.Execute without a title", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count(p => p.Contains("numeric version", StringComparison.Ordinal)));
    }

    /// <summary>One node process for all the files: starting node per card would take minutes.</summary>
    internal static async Task<JsonArray> ValidateAsync(params string[] folders)
    {
        var root = GoldenFiles.RepoRoot;
        Assert.True(File.Exists(Path.Combine(root, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js")), $"Run `npm ci --no-audit --no-fund` in {root} first: the adaptivecards package is missing.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Teams.Tests", "Cards", "validate-cards.cjs"));
        foreach (var folder in folders)
        {
            start.ArgumentList.Add(folder);
        }

        using var node = Process.Start(start)!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = node.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = node.StandardError.ReadToEndAsync(deadline.Token);
        await node.WaitForExitAsync(deadline.Token);
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await stderr}");
        return JsonNode.Parse(await stdout)!.AsArray();
    }
}
