using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Teams.BotFramework.Conversations;

namespace SomeTeams.TeamsApp.Conversations;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(TeamsUser))]
internal sealed partial class ConversationJson : JsonSerializerContext;
