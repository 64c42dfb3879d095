using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Storage;

/// <summary>
/// How domain values are written into table properties. Enums as names, so reordering an enum
/// in Core never changes the meaning of stored rows.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Mention))]
internal sealed partial class StorageJson : JsonSerializerContext;
