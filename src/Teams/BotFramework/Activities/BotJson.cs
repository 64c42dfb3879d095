using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>
/// The wire format: camelCase, nulls omitted, and nullability and required members enforced
/// on read so a malformed activity fails parsing instead of reaching a handler half-empty.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(OutgoingActivity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PersonalConversationParameters))]
[JsonSerializable(typeof(TeamsMember))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ConnectorErrorBody))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
internal sealed partial class BotJson : JsonSerializerContext;
