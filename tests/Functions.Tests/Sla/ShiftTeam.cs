using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Policies;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Shifts;
using SomeTeams.Functions.Sla;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Fakes.Graph;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Sla;

/// <summary>
/// The functions app with a care team: Aino, Bertil and Maija (approver, manager) on the morning
/// shift 08–16, Eveliina on the evening shift 16–20 (Helsinki, Mon–Fri), service hours 08–20;
/// a fake clock, the fake Bot Connector and a fake Graph. Timers are run directly.
/// </summary>
internal sealed class ShiftTeam : IAsyncDisposable
{
    public const string Aino = "aad-aino", Bertil = "aad-bertil", Maija = "aad-maija", Eveliina = "aad-eveliina";

    public static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private ShiftTeam(SlaHost app, FakeGraphServer graph, FakeTimeProvider time)
    {
        App = app;
        Graph = graph;
        Time = time;
    }

    public SlaHost App { get; }

    public FakeGraphServer Graph { get; }

    public FakeTimeProvider Time { get; }

    public FakeBotConnector Teams => App.Teams;

    public SlaClock Sla => App.Get<SlaClock>();

    /// <summary>A wall-clock time in Helsinki on Tuesday 24 November 2026 (UTC+2), plus days.</summary>
    public static DateTimeOffset Local(int hour, int minute = 0, int day = 0) =>
        new DateTimeOffset(2026, 11, 24, hour, minute, 0, TimeSpan.FromHours(2)).AddDays(day).ToUniversalTime();

    public static async Task<ShiftTeam> StartAsync(TestStorage storage, DateTimeOffset start, CancellationToken cancellationToken, Dictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        var time = new FakeTimeProvider(start);
        var config = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:StaticToken"] = FakeGraphServer.Token,
            ["Graph:NotificationLink"] = "https://teams.example.test/care?tab=queue",
            ["Approvers:UserIds:0"] = Maija,
            ["Managers:UserIds:0"] = Maija,
            ["Shifts:People:0:Id"] = Aino, ["Shifts:People:0:Name"] = "Aino Agent", ["Shifts:People:0:Hours"] = "mon-fri 08:00-16:00",
            ["Shifts:People:1:Id"] = Bertil, ["Shifts:People:1:Name"] = "Bertil Agent", ["Shifts:People:1:Hours"] = "mon-fri 08:00-16:00",
            ["Shifts:People:2:Id"] = Maija, ["Shifts:People:2:Name"] = "Maija Manager", ["Shifts:People:2:Hours"] = "mon-fri 08:00-16:00",
            ["Shifts:People:3:Id"] = Eveliina, ["Shifts:People:3:Name"] = "Eveliina Evening", ["Shifts:People:3:Hours"] = "mon-fri 16:00-20:00",
            ["Channels:*:Locale"] = "en-US",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        var app = await SlaHost.StartAsync(storage, time, config, cancellationToken);
        return new ShiftTeam(app, graph, time);
    }

    public Actor Person(string id) => App.Get<TeamPeople>().Find(id)!;

    public Task SweepAsync(CancellationToken cancellationToken) => RunTimerAsync<SlaSweep>(cancellationToken);

    public Task HandoverAsync(CancellationToken cancellationToken) => RunTimerAsync<ShiftHandover>(cancellationToken);

    public async Task RunTimerAsync<TFunction>(CancellationToken cancellationToken)
        where TFunction : ITimerFunction
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TFunction>().RunAsync(new TimerTick(Time.GetUtcNow(), false), cancellationToken);
    }

    /// <summary>A Facebook comment arriving now, triaged and carded as the pipeline does it.</summary>
    public async Task<Case> ArriveAsync(string externalId, CancellationToken cancellationToken, string text = "Netti ei toimi taas, kolmas kerta tällä viikolla")
    {
        var mention = PipelineApp.Comment(externalId, thread: "post-" + externalId, author: "70000" + externalId, text: text, at: Time.GetUtcNow());
        await App.Get<MentionIntake>().AcceptAsync([mention], cancellationToken);
        await PostCardsAsync(await App.TriageAllAsync(cancellationToken), cancellationToken);
        return (await App.CaseOfAsync(mention, cancellationToken))!;
    }

    public async Task PostCardsAsync(IEnumerable<string> bodies, CancellationToken cancellationToken)
    {
        foreach (var body in bodies.Distinct(StringComparer.Ordinal))
        {
            await App.RunAsync<PostCard>(body, cancellationToken);
        }
    }

    /// <summary>Replies the bot wrote into case threads (not card posts or updates).</summary>
    public IReadOnlyList<(string Conversation, JsonNode Body)> ThreadReplies() =>
        [.. Teams.Requests.Where(r => r is { Method: "POST", StatusCode: < 300 } && r.Segments.Count >= 4 && r.Segments[3] == "activities" && r.Segments[2].Contains(";messageid=", StringComparison.Ordinal))
            .Select(r => (r.Segments[2], JsonNode.Parse(r.Body)!))];

    /// <summary>Messages the bot wrote into 1:1 chats.</summary>
    public IReadOnlyList<(string Conversation, JsonNode Body)> PersonalMessages() =>
        [.. Teams.Requests.Where(r => r is { Method: "POST", StatusCode: < 300 } && r.Segments.Count >= 4 && r.Segments[3] == "activities" && r.Segments[2].StartsWith("a:", StringComparison.Ordinal))
            .Select(r => (r.Segments[2], JsonNode.Parse(r.Body)!))];

    /// <summary>Activity-feed notices Graph accepted: the user and the body.</summary>
    public IReadOnlyList<(string User, JsonNode Body)> FeedNotices() =>
        [.. Graph.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/teamwork/sendActivityNotification", StringComparison.Ordinal))
            .Select(r => (r.Path.Split('/')[3], JsonNode.Parse(r.Body)!))];

    /// <summary>Top-level channel posts (new threads) whose card is not a case card: the digests.</summary>
    public IReadOnlyList<JsonNode> ChannelPosts() =>
        [.. Teams.Requests.Where(r => r is { Method: "POST", StatusCode: < 300 } && r.Segments.Count == 2)
            .Select(r => JsonNode.Parse(r.Body)!).Where(b => b["isGroup"]?.GetValue<bool>() != false)
            .Select(b => b["activity"]!["attachments"]![0]!["content"]!)];

    public CardChannel Channel => App.Get<CardChannels>().For("triage")!;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
