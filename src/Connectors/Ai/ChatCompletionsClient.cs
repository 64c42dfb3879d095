using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace SomeTeams.Connectors.Ai;

/// <summary>
/// <see cref="IChatClient"/> over HttpClient for the chat-completions API of OpenAI-compatible
/// servers and Azure OpenAI: no SDK, only the part of the wire format we use. Failures surface
/// as <see cref="HttpRequestException"/> with the status code; the suggester decides what then.
/// </summary>
public sealed class ChatCompletionsClient(HttpClient http, ChatCompletionsOptions settings) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var wire = new List<WireMessage>();
        if (options?.Instructions is { Length: > 0 } instructions)
        {
            wire.Add(new WireMessage("system", instructions));
        }

        wire.AddRange(messages.Select(m => new WireMessage(m.Role.Value, m.Text)));
        var azure = settings.Kind == ChatApiKind.AzureOpenAi;
        var body = new ChatCompletionsRequest(azure ? null : options?.ModelId ?? settings.Model, wire, options?.Temperature, options?.MaxOutputTokens);

        using var request = new HttpRequestMessage(HttpMethod.Post, RequestUri())
        {
            Content = JsonContent.Create(body, ChatCompletionsJson.Default.ChatCompletionsRequest),
        };
        if (azure)
        {
            request.Headers.Add("api-key", settings.ApiKey);
        }
        else
        {
            request.Headers.Authorization = new("Bearer", settings.ApiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var completion = await response.Content.ReadFromJsonAsync(ChatCompletionsJson.Default.ChatCompletionsResponse, cancellationToken).ConfigureAwait(false);
        var choice = completion?.Choices is { Count: > 0 } choices ? choices[0] : throw new HttpRequestException("The chat-completions response has no choices.");

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, choice.Message?.Content ?? ""))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            FinishReason = choice.FinishReason is { } reason ? new ChatFinishReason(reason) : null,
            Usage = completion.Usage is { } u ? new UsageDetails { InputTokenCount = u.PromptTokens, OutputTokenCount = u.CompletionTokens, TotalTokenCount = u.TotalTokens } : null,
        };
    }

    // A reply suggestion is short and shown whole; streaming buys nothing, so it is the whole response as one update.
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    public void Dispose()
    {
    }

    private Uri RequestUri()
    {
        var root = settings.Endpoint?.ToString().TrimEnd('/') ?? throw new InvalidOperationException("Ai:Endpoint is not configured.");
        return settings.Kind == ChatApiKind.AzureOpenAi
            ? new Uri(string.Create(CultureInfo.InvariantCulture, $"{root}/openai/deployments/{Uri.EscapeDataString(settings.Model)}/chat/completions?api-version={Uri.EscapeDataString(settings.AzureApiVersion)}"))
            : new Uri($"{root}/chat/completions");
    }
}
