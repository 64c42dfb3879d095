using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>The <c>outbox</c> queue message SendReply reads: <c>{"caseId":…,"attemptId":…}</c>.</summary>
internal sealed record OutboxWork(string CaseId, string AttemptId)
{
    /// <summary>The click's trace, continued by SendReply (see PipelineMessages).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Traceparent { get; init; } = TraceParent.Current();
}

/// <summary>The <c>cards</c> queue message PostCard reads: <c>{"caseId":…}</c>.</summary>
internal sealed record CardWork(string CaseId)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Traceparent { get; init; } = TraceParent.Current();
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OutboxWork))]
[JsonSerializable(typeof(CardWork))]
internal sealed partial class WorkJson : JsonSerializerContext;
