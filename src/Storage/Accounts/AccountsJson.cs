using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Storage.Accounts;

/// <summary>Enums as names, so reordering an enum in Core never changes what a stored row means.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountHealth))]
internal sealed partial class AccountsJson : JsonSerializerContext;
