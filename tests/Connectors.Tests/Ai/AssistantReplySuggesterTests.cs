using Microsoft.Extensions.Logging.Abstractions;
using SomeTeams.Connectors.Ai;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Tone;
using SomeTeams.Core.Triage;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Connectors.Tests.Ai;

public sealed class AssistantReplySuggesterTests
{
    private const string CustomerText =
        "@matti_v Kortilta 4111 1111 1111 1111 veloitettiin kahdesti! Tili FI21 1234 5600 0007 85, hetu 131052-308T, " +
        "soita 040 123 4567 tai mailaa matti.virtanen@example.com";

    private static readonly string[] PersonalValues =
        ["4111 1111 1111 1111", "4111111111111111", "FI21 1234 5600 0007 85", "131052-308T", "040 123 4567", "matti.virtanen@example.com", "matti_v", "Maija Meikäläinen", "Jenni"];

    private static readonly TemplateLibrary Templates = TemplateLibrary.Parse("""
        { "templates": [ { "id": "fi-billing", "brand": "kaistapankki", "language": "fi", "topics": ["billing"], "name": "Laskutus",
          "text": "Hei {author}, pahoittelut! Selvitämme veloituksen yksityisviestillä tänään. /{agent}" } ] }
        """);

    private static SuggestionContext Context()
    {
        var triage = Triager.Default.Triage(CustomerText, Network.X);
        return new SuggestionContext("kaistapankki", Network.X, triage, new TemplateValues("Maija Meikäläinen", "Jenni", "C-77"),
            [new ThreadTurn(false, CustomerText), new ThreadTurn(true, "Hei, katsotaan heti!")], ToneOfVoice: "Lämmin, lyhyt, sinuttelu. Kysymykset: asiakaspalvelu@kaistapankki.fi");
    }

    private static AssistantReplySuggester Suggester(FakeChatCompletionsServer server, HttpClient http, ChatApiKind kind, string key = FakeChatCompletionsServer.Key)
    {
        var endpoint = kind == ChatApiKind.OpenAi ? new Uri(server.BaseAddress, "/v1") : server.BaseAddress;
        var client = new ChatCompletionsClient(http, new ChatCompletionsOptions { Endpoint = endpoint, ApiKey = key, Kind = kind, Model = "care-drafts" });
        return new AssistantReplySuggester(client, new TemplateSuggester(Templates, ToneCheck.Default), ToneCheck.Default, NullLogger<AssistantReplySuggester>.Instance);
    }

    [Theory]
    [InlineData(ChatApiKind.OpenAi, "/v1/chat/completions")]
    [InlineData(ChatApiKind.AzureOpenAi, "/openai/deployments/care-drafts/chat/completions?api-version=2024-10-21")]
    public async Task SuggestAsync_Configured_AssistantDraftFirstAndNoPersonalDataSent(ChatApiKind kind, string path)
    {
        await using var server = await FakeChatCompletionsServer.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient();

        var suggestions = await Suggester(server, http, kind).SuggestAsync(Context(), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(path, request.PathAndQuery);
        foreach (var value in PersonalValues)
        {
            Assert.DoesNotContain(value, request.Body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("[card]", request.Body, StringComparison.Ordinal);
        Assert.Contains("[email]", request.Body, StringComparison.Ordinal);
        Assert.Equal("system", request.Json["messages"]![0]!["role"]!.GetValue<string>());
        Assert.Equal(kind == ChatApiKind.OpenAi ? "care-drafts" : null, request.Json["model"]?.GetValue<string>());

        Assert.Equal([SuggestionSource.Assistant, SuggestionSource.Template], suggestions.Select(s => s.Source));
        Assert.Equal("Hei Maija Meikäläinen, pahoittelut! Vika korjataan tänään klo 18 mennessä. /Jenni", suggestions[0].Text);
        Assert.True(suggestions[0].Tone.NeedsApproval);
        Assert.Contains(suggestions[0].Tone.Findings, f => f.Code == ToneCodes.Sensitive);
    }

    [Fact]
    public async Task SuggestAsync_AssistantEchoesCard_ToneBlocksIt()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync(TestContext.Current.CancellationToken);
        server.Reply = "Hei {author}, tarkistimme kortin 5555 5555 5555 4444 veloitukset.";
        using var http = new HttpClient();

        var suggestions = await Suggester(server, http, ChatApiKind.OpenAi).SuggestAsync(Context(), TestContext.Current.CancellationToken);

        Assert.False(suggestions[0].Tone.CanSend);
    }

    [Theory]
    [InlineData(500, FakeChatCompletionsServer.Key)]
    [InlineData(null, "wrong-key")]
    public async Task SuggestAsync_AssistantFails_TemplatesOnly(int? status, string key)
    {
        await using var server = await FakeChatCompletionsServer.StartAsync(TestContext.Current.CancellationToken);
        server.FailWith = status;
        using var http = new HttpClient();

        var suggestions = await Suggester(server, http, ChatApiKind.OpenAi, key).SuggestAsync(Context(), TestContext.Current.CancellationToken);

        Assert.Single(server.Requests);
        Assert.Equal("fi-billing", Assert.Single(suggestions).TemplateId);
    }
}
