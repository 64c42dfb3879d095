using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Logging;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>
/// The real bot in local mode on its own Azurite tables and queues, talking to a fake Bot
/// Connector. Aino and Maija are approvers, Maija also a manager; Bertil is an agent.
/// </summary>
internal sealed class WorkflowApp : IAsyncDisposable
{
    private WorkflowApp(TestStorage storage, FakeBotConnector connector, WebApplicationFactory<Program> factory, FakeTimeProvider time, RecordingLoggerProvider logs)
    {
        Logs = logs;
        Time = time;
        Storage = storage;
        Connector = connector;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public TestStorage Storage { get; }

    /// <summary>Every line the app logged, to check that nothing personal is in them.</summary>
    public RecordingLoggerProvider Logs { get; }

    public FakeBotConnector Connector { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    /// <summary>The app's clock: ten minutes after the test cases were opened (CaseBuilder.T0).</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The app's own CaseStore, so a test reads exactly what the bot stored.</summary>
    public CaseStore Cases => Factory.Services.GetRequiredService<CaseStore>();

    public static Task<WorkflowApp> StartAsync(AzuriteFixture azurite, CancellationToken cancellationToken, params (string Key, string Value)[] more) =>
        StartAsync(azurite, testServices: null, cancellationToken, more);

    /// <summary>With <paramref name="testServices"/> registered last, e.g. a stand-in for a seam the test needs to hold still.</summary>
    public static async Task<WorkflowApp> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? testServices, CancellationToken cancellationToken, params (string Key, string Value)[] more)
    {
        var storage = await TestStorage.CreateAsync(azurite, cancellationToken);
        var connector = await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:NamePrefix"] = storage.Prefix,
            ["Approvers:UserIds:0"] = TeamMember.Aino.AadObjectId,
            ["Approvers:UserIds:1"] = TeamMember.Maija.AadObjectId,
            ["Managers:UserIds:0"] = TeamMember.Maija.AadObjectId,
            ["Workflow:ChannelLocale"] = "fi-FI",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        var time = new FakeTimeProvider(CaseBuilder.T0.AddMinutes(10));
        var logs = new RecordingLoggerProvider();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(time);
                testServices?.Invoke(s);
            });
            b.ConfigureLogging(l => l.AddProvider(logs));
        });
        try
        {
            return new WorkflowApp(storage, connector, factory, time, logs);
        }
        catch
        {
            // A start-up refusal (the test may expect one) must not leave the fake and the tables behind.
            await factory.DisposeAsync();
            await connector.DisposeAsync();
            await storage.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new case (sensitive: its reply needs approval) with its card posted in the channel at version 1.</summary>
    public Task<Case> OpenCaseAsync(bool sensitive, CancellationToken cancellationToken, Network network = Network.X) =>
        OpenCaseAsync(CaseBuilder.Mention(externalId: Guid.NewGuid().ToString("N"), network: network), sensitive, cancellationToken);

    /// <summary>A new case for <paramref name="mention"/>, its card posted in the channel at version 1.</summary>
    public async Task<Case> OpenCaseAsync(Mention mention, bool sensitive, CancellationToken cancellationToken)
    {
        var created = await Cases.CreateAsync(CaseBuilder.New(mention: mention, sensitive: sensitive), cancellationToken);
        var location = new CardLocation(Connector.ServiceUrl, WorkflowInvokes.Thread, WorkflowInvokes.CardActivityId, created.Case.Version);
        await Factory.Services.GetRequiredService<CardLocationStore>().SaveAsync(created.Case.Id, location, cancellationToken);
        return created.Case;
    }

    public JsonObject Click(TeamMember who, string verb, Case c, long? version, params (string Key, string Value)[] inputs) =>
        WorkflowInvokes.Click(Connector.ServiceUrl, who, verb, c.Id.Value, version, inputs: inputs);

    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(JsonObject activity, CancellationToken cancellationToken) =>
        await PostAsync(activity.ToJsonString(), cancellationToken);

    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The PUTs of the channel card, in order.</summary>
    public IReadOnlyList<ConnectorRequest> CardUpdates() =>
        [.. Connector.Requests.Where(r => r.Method == "PUT" && r.Segments.Count == 5 && r.Segments[4] == WorkflowInvokes.CardActivityId)];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
