using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Connectors.Bluesky;

namespace SomeTeams.Connectors.Credentials;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoredXTokens))]
[JsonSerializable(typeof(BlueskySession))]
internal sealed partial class CredentialJson : JsonSerializerContext;
