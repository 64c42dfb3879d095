using System.Text.Json;

namespace SomeTeams.Cli.Tests;

public sealed class ToneCommandTests
{
    [Fact]
    public async Task Tone_AngryDraft_NeedsApprovalWithFindings()
    {
        var (code, output, _) = await CliRun.RunAsync("Vittu, teidän oma vika kun ette lukeneet ohjeita!!!", "tone", "--network", "x", "--language", "fi");

        Assert.Equal(0, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.True(report.GetProperty("needsApproval").GetBoolean());
        Assert.True(report.GetProperty("canSend").GetBoolean());
        var codes = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Equal(["profanity", "blame", "shouting"], codes);
        var first = report.GetProperty("findings")[0];
        Assert.Equal("blocking", first.GetProperty("severity").GetString());
        Assert.StartsWith("Kirosana", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tone_OverLengthOnX_CannotSend()
    {
        var draft = string.Concat(Enumerable.Repeat("Kiitos odotuksesta, vika on korjattu. ", 10));
        var (_, output, _) = await CliRun.RunAsync(draft, "tone", "--network", "x", "--language", "fi");

        var report = JsonDocument.Parse(output).RootElement;
        Assert.False(report.GetProperty("canSend").GetBoolean());
        Assert.Equal("too_long", report.GetProperty("findings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Tone_WarmReply_NoFindings()
    {
        var (_, output, _) = await CliRun.RunAsync("Thanks for letting us know, and sorry! The fault in Espoo is fixed as of 2 pm.", "tone", "--network", "x", "--language", "en", "--complaint");
        Assert.Equal("""{"needsApproval":false,"canSend":true,"findings":[]}""", output.Trim());
    }

    [Theory]
    [InlineData("tone", "--language", "fi")]
    [InlineData("tone", "--network", "myspace", "--language", "fi")]
    [InlineData("tone", "--network", "x")]
    [InlineData("tone", "--network", "x", "--language", "fi", "--loud")]
    public async Task Tone_BadOptions_ExitTwoWithMessage(params string[] args)
    {
        var (code, output, error) = await CliRun.RunAsync("Hei", args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("someteams tone:", error, StringComparison.Ordinal);
    }
}
