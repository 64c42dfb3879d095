namespace SomeTeams.Connectors.Ai;

/// <summary>Which dialect of the chat-completions API the endpoint speaks.</summary>
public enum ChatApiKind
{
    /// <summary>OpenAI and compatible servers: POST {endpoint}/chat/completions, Authorization: Bearer.</summary>
    OpenAi,

    /// <summary>Azure OpenAI: POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=…, api-key header.</summary>
    AzureOpenAi,
}

/// <summary>
/// The assistant endpoint ("Ai" configuration section). Without an endpoint, replies are suggested
/// from templates only. The key comes from configuration (Key Vault in Azure), never from code.
/// </summary>
public sealed class ChatCompletionsOptions
{
    public const string Section = "Ai";

    public Uri? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public ChatApiKind Kind { get; set; } = ChatApiKind.OpenAi;

    /// <summary>The model (OpenAI) or the deployment name (Azure OpenAI).</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    public string AzureApiVersion { get; set; } = "2024-10-21";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsConfigured => Endpoint is not null && !string.IsNullOrWhiteSpace(ApiKey);
}
