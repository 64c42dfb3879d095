using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.Functions.Pipeline;

// Queue messages carry ids only: the mention is stored before its message is sent, and the
// card poster and the sender read the case as it is when they run, so updates coalesce.
// Each also carries the W3C traceparent of the span that wrote it (optional: older messages
// and hosts with telemetry off have none), so the reader continues that trace on either host.

/// <summary>A stored mention to triage (queue <c>mentions</c>).</summary>
public sealed record MentionMessage(Network Network, string AccountId, string ExternalId)
{
    public MentionKey Key => new(Network, AccountId, ExternalId);

    public static MentionMessage For(MentionKey key) => new(key.Network, key.AccountId, key.ExternalId);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Traceparent { get; init; } = TraceParent.Current();
}

/// <summary>A case whose card must show its latest version (queue <c>cards</c>).</summary>
public sealed record CardMessage(string CaseId)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Traceparent { get; init; } = TraceParent.Current();
}

/// <summary>A case's pending network action, by attempt (queue <c>outbox</c>).</summary>
public sealed record OutboxMessage(string CaseId, string AttemptId)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Traceparent { get; init; } = TraceParent.Current();
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(MentionMessage))]
[JsonSerializable(typeof(CardMessage))]
[JsonSerializable(typeof(OutboxMessage))]
internal sealed partial class PipelineJson : JsonSerializerContext
{
    /// <summary>The message, or an <see cref="InvalidDataException"/> that fails the delivery (and poisons it after five tries).</summary>
    public static T Read<T>(string body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new InvalidDataException($"A {typeof(T).Name} is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Not a {typeof(T).Name}: {e.Message}", e);
        }
    }
}
