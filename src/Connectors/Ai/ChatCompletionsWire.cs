using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.Ai;

// The chat-completions wire format, shared by OpenAI and Azure OpenAI. Only the fields we use.
internal sealed record ChatCompletionsRequest(
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("messages")] IReadOnlyList<WireMessage> Messages,
    [property: JsonPropertyName("temperature")] float? Temperature,
    [property: JsonPropertyName("max_tokens")] int? MaxTokens);

internal sealed record WireMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string? Content);

internal sealed record ChatCompletionsResponse(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("choices")] IReadOnlyList<WireChoice>? Choices,
    [property: JsonPropertyName("usage")] WireUsage? Usage);

internal sealed record WireChoice(
    [property: JsonPropertyName("message")] WireMessage? Message,
    [property: JsonPropertyName("finish_reason")] string? FinishReason);

internal sealed record WireUsage(
    [property: JsonPropertyName("prompt_tokens")] long? PromptTokens,
    [property: JsonPropertyName("completion_tokens")] long? CompletionTokens,
    [property: JsonPropertyName("total_tokens")] long? TotalTokens);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatCompletionsRequest))]
[JsonSerializable(typeof(ChatCompletionsResponse))]
internal sealed partial class ChatCompletionsJson : JsonSerializerContext;
