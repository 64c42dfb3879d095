using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Handover;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Teams.Tests.Cards.Handover;

public sealed class HandoverCardTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
    private static readonly DateTimeOffset At = CaseBuilder.T0.AddHours(6); // Monday 23 Nov 2026 16:00 in Helsinki

    private static HandoverDigest Digest(int extra = 0)
    {
        var unclaimed = CaseBuilder.New("c-new");
        var late = CaseBuilder.Claimed(CaseBuilder.New("c-late"), People.Bertil);
        var approval = CaseBuilder.AwaitingApproval(CaseBuilder.New("c-approval"));
        var items = new List<HandoverItem>
        {
            new(unclaimed, HandoverReasons.Arrived | HandoverReasons.Unclaimed),
            new(late, HandoverReasons.PastSla),
            new(approval, HandoverReasons.AwaitingApproval | HandoverReasons.NearSla),
        };
        items.AddRange(Enumerable.Range(0, extra).Select(i => new HandoverItem(CaseBuilder.New($"c-extra-{i}"), HandoverReasons.Unclaimed)));
        var note = new HandoverNote(late.Id, "X", new CaseNote(People.Aino, "Asiakas odottaa soittoa klo 17.", At.AddHours(-1)));
        return new HandoverDigest(At, At.AddHours(-8), items, [note]);
    }

    private static List<(string Title, string Value)> Facts(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(n => (string?)n!["type"] == "FactSet").SelectMany(f => f!["facts"]!.AsArray().Select(x => ((string)x!["title"]!, (string)x["value"]!)))];

    private static List<JsonNode> Claims(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(n => (string?)n!["type"] == "Container").SelectMany(c => c!["items"]!.AsArray())
            .Where(i => (string?)i!["type"] == "ActionSet").SelectMany(i => i!["actions"]!.AsArray()).Select(a => a!)];

    [Fact]
    public void Render_English_CountsEachReason_MostUrgentFirst_ClaimOnlyOnUnclaimed()
    {
        var card = HandoverCard.Render(Digest(), CardLanguage.En, Helsinki, maxItems: 20);

        Assert.Equal("Shift handover Mon 23 Nov 16:00", (string?)card["body"]![0]!["text"]);
        Assert.Equal(
            [("Arrived since the last handover", "1"), ("Unclaimed", "1"), ("Awaiting approval", "1"), ("Near the response target", "1"), ("Past the response target", "1")],
            Facts(card));
        var cases = card["body"]!.AsArray().Where(n => (string?)n!["type"] == "Container").ToList();
        Assert.Contains("Overdue", cases[0]!.ToJsonString(), StringComparison.Ordinal);
        var claim = Assert.Single(Claims(card));
        Assert.Equal(("Action.Execute", "claim", "c-new"), ((string?)claim["type"], (string?)claim["verb"], (string?)claim["data"]!["caseId"]));
        Assert.Null(claim["data"]!["version"]);
        Assert.Contains("Asiakas odottaa soittoa klo 17.", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MoreCasesThanFit_ListsTheFirstAndCountsTheRest()
    {
        var card = HandoverCard.Render(Digest(extra: 10), CardLanguage.Fi, Helsinki, maxItems: 5);

        Assert.Equal(5, card["body"]!.AsArray().Count(n => (string?)n!["type"] == "Container"));
        Assert.Contains(card["body"]!.AsArray(), n => (string?)n!["text"] == "… ja 8 muuta jonossa");
        Assert.True(CaseCard.Size(card) < 28_000);
    }

    [Fact]
    public void Render_NothingOpen_SaysSo()
    {
        var card = HandoverCard.Render(new HandoverDigest(At, At.AddHours(-8), [], []), CardLanguage.Sv, Helsinki, 20);

        Assert.Contains(card["body"]!.AsArray(), n => (string?)n!["text"] == "Inga öppna ärenden.");
        Assert.Contains(card["body"]!.AsArray(), n => (string?)n!["text"] == "Inga anteckningar.");
    }

    [Fact]
    public async Task Render_EveryLanguage_AdaptiveCardsLibraryFindsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-handover-").FullName;
        try
        {
            foreach (var language in Enum.GetValues<CardLanguage>())
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"handover-{language}.json"), CaseCard.ToJson(HandoverCard.Render(Digest(3), language, Helsinki, 20)), TestContext.Current.CancellationToken);
                await File.WriteAllTextAsync(Path.Combine(folder, $"empty-{language}.json"), CaseCard.ToJson(HandoverCard.Render(new HandoverDigest(At, At, [], []), language, Helsinki, 20)), TestContext.Current.CancellationToken);
            }

            var results = await CardValidationTests.ValidateAsync(folder);

            Assert.Equal(6, results.Count);
            Assert.Empty(results.SelectMany(f => f!["events"]!.AsArray().Select(e => $"{f["file"]}: {e!["event"]} {e["message"]}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
