using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// A chat-completions server on 127.0.0.1:0 speaking the OpenAI wire format (/v1/chat/completions,
/// Bearer key) and Azure OpenAI's (/openai/deployments/{name}/chat/completions?api-version, api-key).
/// It answers with <see cref="Reply"/> (or <see cref="FailWith"/>) and records every request.
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    public const string Key = "test-key";
    private readonly WebApplication app;

    private FakeChatCompletionsServer(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public string Reply { get; set; } = "Hei {author}, pahoittelut! Vika korjataan tänään klo 18 mennessä. /{agent}";

    public int? FailWith { get; set; }

    public ConcurrentQueue<RecordedChatRequest> Requests { get; } = new();

    public static async Task<FakeChatCompletionsServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatCompletionsServer(app);
        app.MapPost("/v1/chat/completions", (HttpRequest request) => server.AnswerAsync(request, request.Headers.Authorization == $"Bearer {Key}"));
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpRequest request) =>
            server.AnswerAsync(request, request.Headers["api-key"] == Key && request.Query.ContainsKey("api-version")));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, bool authorised)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        Requests.Enqueue(new RecordedChatRequest(request.Path + request.QueryString, body, JsonNode.Parse(body)!));
        if (!authorised)
        {
            return Results.Json(new { error = new { message = "Incorrect API key provided", type = "invalid_request_error" } }, statusCode: 401);
        }

        if (FailWith is { } status)
        {
            return Results.Json(new { error = new { message = "The server had an error", type = "server_error" } }, statusCode: status);
        }

        return Results.Json(new
        {
            id = "chatcmpl-fake-1",
            @object = "chat.completion",
            created = 1_763_000_000,
            model = "gpt-4o-mini-2024-07-18",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 120, completion_tokens = 30, total_tokens = 150 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>One request the fake received: path with query, raw body and the parsed JSON.</summary>
public sealed record RecordedChatRequest(string PathAndQuery, string Body, JsonNode Json);
