using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Cli.Stats;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Cli.Tests.Stats;

public sealed class StatsCommandTests(AzuriteFixture azurite)
{
    // Monday 2026-11-23 10:00 in Helsinki.
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 18, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Case> OpenAsync(CaseStore store, FakeTimeProvider time, DateTimeOffset at)
    {
        time.SetUtcNow(at);
        var id = CaseId.New();
        var mention = new Mention(Network.Facebook, "page-1", id.Value, MentionKind.Comment, "t-" + id, null, new Author("a-" + id, "h", "Asiakas"), "Lasku on väärin", at, false, "fi");
        var triage = new TriageResult("fi", Sentiment.Negative, Topic.Billing, [Topic.Billing], [], false, Priority.Normal);
        return (await store.CreateAsync(Case.Open(id, mention, triage, "billing", at.AddHours(1), at), Ct)).Case;
    }

    private static async Task<Case> DoAsync(CaseStore store, FakeTimeProvider time, Case c, CaseCommand command, DateTimeOffset at)
    {
        time.SetUtcNow(at);
        return Assert.IsType<Transition.Accepted>(await store.ApplyAsync(c.Id, command, Ct)).Next;
    }

    /// <summary>Four cases on Monday and one still open from Sunday evening, stored through CaseStore.</summary>
    private static async Task SeedAsync(CaseStore store, FakeTimeProvider time)
    {
        await OpenAsync(store, time, Sunday);
        var answered = await OpenAsync(store, time, T0);
        answered = await DoAsync(store, time, answered, new Claim(People.Aino), T0.AddMinutes(5));
        answered = await DoAsync(store, time, answered, new SaveDraft(People.Aino, "Korjaamme laskun.", DraftCheck.Clean), T0.AddMinutes(15));
        answered = await DoAsync(store, time, answered, new Send(People.Aino), T0.AddMinutes(19));
        await DoAsync(store, time, answered, new MarkSent(Actor.System, answered.Pending!.AttemptId, "fb-1", null), T0.AddMinutes(20));

        var noAction = await OpenAsync(store, time, T0.AddHours(1));
        await DoAsync(store, time, noAction, new Close(People.Bertil, CloseReason.NoActionNeeded), T0.AddHours(1).AddMinutes(10));
        var duplicate = await OpenAsync(store, time, T0.AddHours(2));
        await DoAsync(store, time, duplicate, new Close(People.Bertil, CloseReason.Duplicate), T0.AddHours(2).AddMinutes(1));
        await OpenAsync(store, time, T0.AddHours(3));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(TestStorage? storage, DateTimeOffset now, params string[] args)
    {
        var settings = storage is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["Storage:ConnectionString"] = storage.ConnectionString, ["Storage:NamePrefix"] = storage.Prefix };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var code = await StatsCommand.RunAsync(args, configuration, new FakeTimeProvider(now), output, error, Ct);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Stats_StoredCases_ExportsTheDaysFiguresWithAgents()
    {
        var time = new FakeTimeProvider(Sunday);
        await using var storage = await TestStorage.CreateAsync(azurite, time, Ct);
        await SeedAsync(storage.Get<CaseStore>(), time);

        var (code, output, error) = await RunAsync(storage, T0.AddHours(5), "--from", "2026-11-23", "--to", "2026-11-23", "--include-agents");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split("\r\n");
        Assert.Equal("section,item,value,unit", lines[0]);
        Assert.Contains("period,from,2026-11-22T22:00:00Z,utc", lines);
        Assert.Contains("period,to,2026-11-23T22:00:00Z,utc", lines);
        Assert.Contains("cases,total,4,count", lines);
        Assert.Contains("coverage,needing_response,3,count", lines);
        Assert.Contains("coverage,covered,2,count", lines);
        Assert.Contains("first_response,median,15.00,minutes", lines);
        Assert.Contains("first_response,p90,20.00,minutes", lines);
        Assert.Contains("within_target,share,0.6667,ratio", lines);
        Assert.Contains("volume_network,facebook,4,count", lines);
        Assert.Contains("volume_topic,billing,4,count", lines);
        Assert.Contains("backlog,1h_to_4h,1,count", lines);
        Assert.Contains("backlog,4h_to_24h,1,count", lines);
        Assert.Contains("agent,Bertil Agent (aad-bertil),2,count", lines);
        Assert.Contains("agent,Aino Agent (aad-aino),1,count", lines);
    }

    [Fact]
    public async Task Stats_OutFileWithoutAgents_WritesUtf8WithBomAndNoAgentRows()
    {
        var time = new FakeTimeProvider(Sunday);
        await using var storage = await TestStorage.CreateAsync(azurite, time, Ct);
        await SeedAsync(storage.Get<CaseStore>(), time);
        var path = Path.Combine(Path.GetTempPath(), $"someteams-stats-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, output, _) = await RunAsync(storage, T0.AddHours(5), "--from", "2026-11-23", "--to", "2026-11-23", "--out", path);

            Assert.Equal(0, code);
            Assert.Contains("4 cases", output, StringComparison.Ordinal);
            var bytes = await File.ReadAllBytesAsync(path, Ct);
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            var csv = Encoding.UTF8.GetString(bytes[3..]);
            Assert.StartsWith("section,item,value,unit\r\n", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("agent,", csv, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--from", "2026-11-23")]
    [InlineData("--from", "23.11.2026", "--to", "2026-11-30")]
    [InlineData("--from", "2026-11-30", "--to", "2026-11-01")]
    [InlineData("--from", "2026-11-01", "--to", "2026-11-30", "--vip", "12345")]
    [InlineData("--from", "2026-11-01", "--to", "2026-11-30", "--time-zone", "Mars/Olympus")]
    [InlineData("--from", "2026-11-01", "--to", "2026-11-30", "--hours", "weekdays 9-5")]
    public async Task Stats_BadArguments_ExitTwoWithReason(params string[] args)
    {
        var (code, output, error) = await RunAsync(null, T0, args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("someteams stats: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_WeekendTeam_CountsFirstResponseInItsServiceHours()
    {
        var saturday = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(saturday);
        await using var storage = await TestStorage.CreateAsync(azurite, time, Ct);
        var store = storage.Get<CaseStore>();
        var c = await OpenAsync(store, time, saturday);
        await DoAsync(store, time, c, new Close(People.Aino, CloseReason.NoActionNeeded), saturday.AddMinutes(30));
        string[] args = ["--from", "2026-11-28", "--to", "2026-11-28"];

        var weekdays = await RunAsync(storage, saturday.AddHours(1), args);
        var everyDay = await RunAsync(storage, saturday.AddHours(1), [.. args, "--hours", "mon-sun 08:00-20:00"]);

        Assert.Contains("first_response,median,0.00,minutes", weekdays.Output.Split("\r\n"));
        Assert.Contains("first_response,median,30.00,minutes", everyDay.Output.Split("\r\n"));
    }

    [Fact]
    public async Task Stats_NoStorageConfigured_SaysSo()
    {
        var (code, _, error) = await RunAsync(null, T0, "--from", "2026-11-01", "--to", "2026-11-30");

        Assert.Equal(2, code);
        Assert.Contains("Storage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsStats()
    {
        var (code, output, _) = await CliRun.RunAsync("", "help");

        Assert.Equal(0, code);
        Assert.Contains("stats", output, StringComparison.Ordinal);
    }
}
