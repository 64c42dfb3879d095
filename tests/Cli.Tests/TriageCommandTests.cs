using System.Text.Json;

namespace SomeTeams.Cli.Tests;

public sealed class TriageCommandTests
{
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    private static JsonElement[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public async Task Triage_JsonLines_OneResultLineEach()
    {
        const string input = """
            {"id":"1","network":"x","text":"@Nordlink netti pätkii taas, soita 040 123 4567"}
            {"id":"2","network":"facebook","text":"Tack för snabb hjälp, ni är bäst!"}
            {"id":"3","network":"instagram","text":"Laskussani on veloitettu 49,90 € palvelusta jota en tilannut"}
            """;
        var (code, output, _) = await CliRun.RunAsync(input, "triage");

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(["1", "2", "3"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["fi", "sv", "fi"], lines.Select(l => l.GetProperty("language").GetString()));
        Assert.Equal(["negative", "positive", "negative"], lines.Select(l => l.GetProperty("sentiment").GetString()));
        Assert.Equal(["outage", "praise", "billing"], lines.Select(l => l.GetProperty("topic").GetString()));
        Assert.Equal("phone", Assert.Single(lines[0].GetProperty("pii").EnumerateArray()).GetString());
        Assert.Equal([true, false, true], lines.Select(l => l.GetProperty("sensitive").GetBoolean()));
        Assert.All(lines, l => Assert.Contains(l.GetProperty("priority").GetString(), Priorities));
        Assert.Equal("outage", lines[0].GetProperty("topics")[0].GetString());
    }

    [Fact]
    public async Task Triage_BadLines_ErrorLineEachAndExitOne()
    {
        var (code, output, _) = await CliRun.RunAsync("not json\n{\"id\":\"b\",\"network\":\"myspace\",\"text\":\"hi\"}\n{\"id\":\"c\",\"network\":\"x\",\"text\":\"Kiitos!\"}\n", "triage");

        Assert.Equal(1, code);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Contains("line 1", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("myspace", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("praise", lines[2].GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Triage_BrandRulesFile_Extends()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "language": "fi", "topics": { "outage": ["junavuoro*^3"] } }""", TestContext.Current.CancellationToken);
        try
        {
            var (code, output, _) = await CliRun.RunAsync("""{"id":"1","network":"x","text":"Junavuoro jäi ajamatta tänään"}""", "triage", "--rules", path);
            Assert.Equal(0, code);
            Assert.Equal("outage", Lines(output)[0].GetProperty("topic").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Triage_MissingRulesFile_ClearErrorExitTwo()
    {
        var (code, _, error) = await CliRun.RunAsync("", "triage", "--rules", "/nonexistent/rules.json");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/rules.json", error, StringComparison.Ordinal);
    }
}
