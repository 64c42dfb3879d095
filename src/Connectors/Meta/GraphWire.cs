using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.Meta;

// Graph API wire shapes shared by Facebook Pages and Instagram (social-apis.md §3.2, §4). Items
// stay JsonElement in a page so one malformed item is skipped alone.
internal sealed record GraphPage(List<JsonElement>? Data, GraphPaging? Paging);

internal sealed record GraphPaging(string? Next);

internal sealed record GraphErrorEnvelope(GraphError? Error);

internal sealed record GraphError(string? Message, string? Type, int? Code, int? ErrorSubcode, string? FbtraceId);

internal sealed record GraphFrom(string? Id, string? Name, string? Username);

internal sealed record GraphRef(string? Id);

internal sealed record GraphAnswer(string? Id, bool? Success, string? RecipientId, string? MessageId);

internal sealed record GraphMessage(string? Id, string? Message, string? CreatedTime, GraphFrom? From);

internal sealed record GraphMessages(List<GraphMessage>? Data, GraphPaging? Paging);

internal sealed record GraphConversation(string? Id, string? UpdatedTime, GraphMessages? Messages);

internal sealed record SendRequest(SendRecipient Recipient, string? MessagingType, string? Tag, SendMessage Message);

internal sealed record SendRecipient(string? Id = null, string? CommentId = null, string? PostId = null);

internal sealed record SendMessage(string Text);

internal sealed record UsageEntry(string? Type, int? CallCount, int? TotalCputime, int? TotalTime, int? EstimatedTimeToRegainAccess);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GraphPage))]
[JsonSerializable(typeof(GraphErrorEnvelope))]
[JsonSerializable(typeof(GraphAnswer))]
[JsonSerializable(typeof(GraphConversation))]
[JsonSerializable(typeof(GraphMessage))]
[JsonSerializable(typeof(SendRequest))]
[JsonSerializable(typeof(Dictionary<string, List<UsageEntry>>))]
[JsonSerializable(typeof(UsageEntry))]
internal sealed partial class GraphJson : JsonSerializerContext;
