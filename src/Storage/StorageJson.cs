using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Storage;

/// <summary>
/// How domain values are written into table properties. Enums as names, so reordering an enum
/// in Core never changes the meaning of stored rows. Computed get-only properties
/// (Case.IsOpen, Mention.Key) are derived again on read, so they are not stored.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Case))]
[JsonSerializable(typeof(AuditEntry))]
internal sealed partial class StorageJson : JsonSerializerContext;
