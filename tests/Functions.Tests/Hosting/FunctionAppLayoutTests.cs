using System.Text.Json.Nodes;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Webhooks;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.Functions.Tests.Hosting;

/// <summary>The committed function app (hosting-infra.md §1.2) matches the catalog, and the build lays it out next to the executable.</summary>
public sealed class FunctionAppLayoutTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot.Find(), "src", "Functions", "FunctionApp");

    public static TheoryData<string> Functions => [.. FunctionCatalog.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Functions))]
    public void EachCatalogFunction_HasAFunctionJsonWithItsTrigger(string name)
    {
        var function = FunctionCatalog.All.Single(f => f.Name == name);
        var binding = Assert.Single(Bindings(name))!;

        Assert.Equal(("in", function.TriggerBinding), ((string?)binding["direction"], (string?)binding["name"]));
        switch (function.Trigger)
        {
            case FunctionTrigger.QueueMessageArrives queue:
                Assert.Equal(("queueTrigger", queue.QueueName), ((string?)binding["type"], (string?)binding["queueName"]));
                break;
            case FunctionTrigger.TimerFires timer:
                Assert.Equal(("timerTrigger", timer.Schedule), ((string?)binding["type"], (string?)binding["schedule"]));
                break;
        }
    }

    [Fact]
    public void EveryFunctionFolder_IsACatalogFunctionOrAWebhook()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Order();

        Assert.Equal(FunctionCatalog.All.Select(f => f.Name).Concat(WebhookEndpoints.Functions.Select(f => f.Name)).Order(), folders);
    }

    [Fact]
    public void Webhooks_AreHttpOnlyFunctionsOnTheirRoutes_ProxiedByTheHost()
    {
        foreach (var (name, route) in WebhookEndpoints.Functions)
        {
            var bindings = Bindings(name);
            Assert.Equal(["httpTrigger", "http"], bindings.Select(b => (string?)b!["type"]));
            Assert.Equal(route, (string?)bindings[0]!["route"]);
            Assert.Equal("/api/" + route, name == "MetaWebhook" ? WebhookEndpoints.MetaRoute : WebhookEndpoints.XRoute);
        }

        Assert.True((bool?)HostJson()["customHandler"]!["enableProxyingHttpRequest"]);
    }

    [Fact]
    public void HostJson_QueueSettingsMatchTheEmbeddedRunner()
    {
        var queues = HostJson()["extensions"]!["queues"]!;
        var runner = new Functions.Hosting.Embedded.EmbeddedRunnerOptions();

        Assert.Equal(5, (int?)queues["maxDequeueCount"]);
        Assert.Equal(runner.MaxDequeueCount, (int?)queues["maxDequeueCount"]);
        Assert.Equal(runner.BatchSize, (int?)queues["batchSize"]);
        Assert.Equal(runner.RetryDelay, TimeSpan.Parse((string)queues["visibilityTimeout"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("SomeTeams.Functions", (string?)HostJson()["customHandler"]!["description"]!["defaultExecutablePath"]);
    }

    [Fact]
    public void BuildOutput_IsAFunctionAppRoot_WithAnExecutableHandler()
    {
        var output = Path.Combine(RepositoryRoot.Find(), "src", "Functions", "bin", "Debug", "net10.0");

        Assert.True(File.Exists(Path.Combine(output, "host.json")));
        Assert.All(FunctionCatalog.All, f => Assert.True(File.Exists(Path.Combine(output, f.Name, "function.json")), f.Name));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(output, "SomeTeams.Functions")).HasFlag(UnixFileMode.UserExecute));
        }
    }

    private static JsonNode HostJson() => JsonNode.Parse(File.ReadAllText(Path.Combine(Source, "host.json")))!;

    private static JsonArray Bindings(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Source, name, "function.json")))!["bindings"]!.AsArray();
}
