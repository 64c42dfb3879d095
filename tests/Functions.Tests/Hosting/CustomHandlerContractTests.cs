using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Hosting.CustomHandler;

namespace SomeTeams.Functions.Tests.Hosting;

/// <summary>The custom-handler endpoints, fed payloads shaped exactly as the Functions host sends them (hosting-infra.md §1.4).</summary>
public sealed class CustomHandlerContractTests : IAsyncDisposable
{
    private readonly RecordingFunction _function = new();
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    public CustomHandlerContractTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_function).AddSingleton<FunctionInvoker>().AddSingleton(TimeProvider.System);
        _app = builder.Build();
        _app.MapCustomHandler([
            new FunctionDefinition("TriageMention", new FunctionTrigger.QueueMessageArrives("mentions"), typeof(RecordingFunction)),
            new FunctionDefinition("SlaSweep", new FunctionTrigger.TimerFires("0 * * * * *"), typeof(RecordingFunction)),
        ]);
        _app.StartAsync().GetAwaiter().GetResult();
        _client = _app.GetTestClient();
    }

    [Fact]
    public async Task Readiness_GetRoot_AnswersOk()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task QueueTrigger_DoubleEncodedAsTheHostSendsIt_ReachesTheFunctionAsJson()
    {
        const string Payload = """
            {"Data":{"message":"\"{\\\"caseId\\\":\\\"c-1\\\"}\""},
             "Metadata":{"DequeueCount":2,"Id":"800ae4b3-bdd2-4c08-badd-f08e5a34b865","PopReceipt":"AgAAAA==",
                         "sys":{"MethodName":"TriageMention","UtcNow":"2026-11-22T10:00:00.1234567Z","RandGuid":"24ad4c06-24ad-4e5b-8294-3da9714877e9"}}}
            """;

        var response = await PostAsync("/TriageMention", Payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.NotNull(body["Outputs"]);
        Assert.NotNull(body["Logs"]);
        var message = Assert.Single(_function.Messages);
        Assert.Equal(("800ae4b3-bdd2-4c08-badd-f08e5a34b865", 2L), (message.Id, message.DequeueCount));
        Assert.Equal("c-1", JsonNode.Parse(message.Body)!["caseId"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueueTrigger_SingleEncodedAsTheDocsShowIt_ReachesTheFunctionToo()
    {
        var response = await PostAsync("/TriageMention", """{"Data":{"message":"{\"caseId\":\"c-2\"}"},"Metadata":{"DequeueCount":1,"Id":"m2"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("c-2", JsonNode.Parse(Assert.Single(_function.Messages).Body)!["caseId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TimerTrigger_HostPayload_ReachesTheFunctionWithPastDue()
    {
        const string Payload = """
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2026-11-22T09:59:00+00:00","Next":"2026-11-22T10:01:00+00:00","LastUpdated":"2026-11-22T10:00:00+00:00"},"IsPastDue":true}},
             "Metadata":{"sys":{"MethodName":"SlaSweep","UtcNow":"2026-11-22T10:00:00.01Z","RandGuid":"0f5b1c5e-0000-4000-8000-000000000000"}}}
            """;

        var response = await PostAsync("/SlaSweep", Payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Assert.Single(_function.Ticks).IsPastDue);
    }

    [Fact]
    public async Task FailingInvocation_AnswersNon2xxSoTheHostRetries()
    {
        var response = await PostAsync("/TriageMention", """{"Data":{"message":"\"{\\\"fail\\\":true}\""},"Metadata":{"DequeueCount":1,"Id":"m3"}}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logs = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["Logs"]!.AsArray();
        Assert.Contains("InvalidOperationException", logs[0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedInvocation_AnswersBadRequestAndRunsNothing()
    {
        var response = await PostAsync("/TriageMention", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_function.Messages);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    internal sealed class RecordingFunction : IQueueFunction, ITimerFunction
    {
        public List<QueueMessage> Messages { get; } = [];

        public List<TimerTick> Ticks { get; } = [];

        public Task RunAsync(QueueMessage message, CancellationToken cancellationToken)
        {
            if (message.Body.Contains("fail", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The function failed.");
            }

            Messages.Add(message);
            return Task.CompletedTask;
        }

        public Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
        {
            Ticks.Add(tick);
            return Task.CompletedTask;
        }
    }
}
