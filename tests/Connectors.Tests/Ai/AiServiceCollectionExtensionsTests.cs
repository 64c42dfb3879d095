using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Connectors.Ai;
using SomeTeams.Core.Templates;

namespace SomeTeams.Connectors.Tests.Ai;

public sealed class AiServiceCollectionExtensionsTests
{
    private static IReplySuggester Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddLogging().AddReplySuggestions(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IReplySuggester>();
    }

    [Fact]
    public void AddReplySuggestions_NothingConfigured_Templates() =>
        Assert.IsType<TemplateSuggester>(Resolve([]));

    [Fact]
    public void AddReplySuggestions_EndpointAndKey_Assistant() =>
        Assert.IsType<AssistantReplySuggester>(Resolve(new() { ["Ai:Endpoint"] = "http://127.0.0.1:9/v1", ["Ai:ApiKey"] = "k", ["Ai:Kind"] = "AzureOpenAi" }));
}
